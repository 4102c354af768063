// The part of jsonld (a test-only devDependency, no types of its own) the tests use.
declare module "jsonld" {
  interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  interface Options {
    documentLoader?: (url: string) => Promise<RemoteDocument>;
    safe?: boolean;
  }
  const jsonld: { expand(input: unknown, options?: Options): Promise<unknown[]> };
  export default jsonld;
}
