// The project has no @types/react (GraphiQL is its only React code, and nothing new may be installed):
// declarations for the two calls explorer.ts makes.
declare module 'react' {
  export function createElement(type: unknown, props?: object | null): unknown;
}
declare module 'react-dom/client' {
  export function createRoot(container: Element): { render(element: unknown): void };
}
