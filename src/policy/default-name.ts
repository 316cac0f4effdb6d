// The built-in policy's id, kept apart from its rules so the popup can name it without loading them.
export const DEFAULT_POLICY_NAME = 'reframe:default';
