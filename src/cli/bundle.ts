/**
 * Whether this code runs from the bundle (dist/bundle/smscore.cjs, which the `smscore` binary loads with its code
 * cache) or from the modules of dist/ (tests of the library, a build stopped before the bundle). The bundle build
 * defines __SMSCORE_BUNDLE__ (scripts/build-bundle.mjs); elsewhere it is not defined at all.
 */
declare const __SMSCORE_BUNDLE__: boolean | undefined;

export const inBundle: boolean = typeof __SMSCORE_BUNDLE__ !== 'undefined' && __SMSCORE_BUNDLE__ === true;
