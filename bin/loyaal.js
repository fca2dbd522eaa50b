#!/usr/bin/env node
// Runs the TypeScript sources directly (no separate compile step for a self-hosted install).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
