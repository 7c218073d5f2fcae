import { defineConfig, type Options } from 'tsup';

/** The build every package shares: ESM for Node 20 with bundled type declarations. */
export function packageBuild(entry: Record<string, string>): ReturnType<typeof defineConfig> {
  const options: Options = {
    entry,
    format: ['esm'],
    target: 'node20',
    // tsup's declaration build sets `baseUrl`, which TypeScript 6 flags as deprecated.
    dts: { compilerOptions: { customConditions: [], ignoreDeprecations: '6.0' } },
    sourcemap: true,
    clean: true,
    tsconfig: 'tsconfig.build.json',
  };
  return defineConfig(options);
}
