// @vitest-environment node
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The capture script is injected into every page the rep captures, so it must stay small: the
 * Public Suffix List (tldts) and the phone metadata (libphonenumber-js) belong to the finish step,
 * in the background. Bundled here the way WXT bundles it, minus WXT's own tiny `#imports` wrapper.
 */
const MAX_CAPTURE_SCRIPT_GZIP_BYTES = 60_000;
const FINISH_ONLY_PACKAGES = /(^|\/)node_modules\/(tldts[^/]*|libphonenumber-js)\//;

async function bundleCaptureScript() {
  const result = await build({
    entryPoints: ['entrypoints/capture.ts'],
    tsconfig: 'tsconfig.json',
    external: ['#imports'],
    format: 'esm',
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0].contents, inputs: Object.keys(result.metafile.inputs) };
}

describe('capture script bundle', () => {
  it('should leave the Public Suffix List and the phone metadata to the background, and stay small', async () => {
    const { code, inputs } = await bundleCaptureScript();

    expect(inputs).toContain('lib/extract/read.ts');
    expect(inputs.filter((input) => FINISH_ONLY_PACKAGES.test(input))).toEqual([]);
    expect(gzipSync(code).length).toBeLessThanOrEqual(MAX_CAPTURE_SCRIPT_GZIP_BYTES);
  });
});
