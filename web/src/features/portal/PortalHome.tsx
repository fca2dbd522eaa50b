import { Stack } from '@mantine/core';
import { CaseList } from './CaseList';
import { NewQuestionForm } from './NewQuestionForm';
import { RequirePortalSession } from './PortalLayout';
import { PortalServicesLinks } from './PortalServicesNav';

/** `/portaal`: the sign-in form, or for a signed-in customer their cases and a form for a new question. */
export function PortalHome() {
  return (
    <RequirePortalSession>
      <Stack gap="lg">
        <PortalServicesLinks />
        <CaseList />
        <NewQuestionForm />
      </Stack>
    </RequirePortalSession>
  );
}
