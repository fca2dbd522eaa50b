import { Stack } from '@mantine/core';
import { CaseList } from './CaseList';
import { NewQuestionForm } from './NewQuestionForm';
import { RequirePortalSession } from './PortalLayout';

/** `/portaal`: the sign-in form, or for a signed-in customer their cases and a form for a new question. */
export function PortalHome() {
  return (
    <RequirePortalSession>
      <Stack gap="lg">
        <CaseList />
        <NewQuestionForm />
      </Stack>
    </RequirePortalSession>
  );
}
