import { Box, Center, Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../app/layout';

/** Centred card used by the public pages (sign in, forgot and reset password). */
export function AuthCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box mih="100vh" bg="gray.0" p="md">
      <Group justify="flex-end">
        <LanguageSwitch persist={false} />
      </Group>
      <Center mt="xl">
        <Paper component="main" withBorder shadow="sm" p="xl" w="100%" maw={420}>
          <Title order={1} size="h2" mb="lg">
            {title}
          </Title>
          {children}
        </Paper>
      </Center>
    </Box>
  );
}
