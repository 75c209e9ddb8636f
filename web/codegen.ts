import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed contract: a document that no longer matches schema.graphql fails the build.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Decimal: 'number', DateTime: 'string', Date: 'string', Term: 'string', PersonalIdentityNumber: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
