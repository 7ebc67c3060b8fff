// For `tsc`, which cannot read .astro files: the component tests import them as factories.
// (`astro check` resolves the real files and does not need this.)
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
