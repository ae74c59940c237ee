// tsc (TypeScript 7) does not read .astro files; this lets .ts files import components.
// The components themselves are checked by the build (see docs/architektur.md, "Typprüfung").
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
