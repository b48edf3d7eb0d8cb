// Vite turns CSS imports into <link> files; TypeScript only needs to know they exist.
declare module '*.css';

// `?url`: the built stylesheet's address, for one a lazy page links itself
// (transparency-report-section.tsx) instead of importing it.
declare module '*.css?url' {
  const url: string;
  export default url;
}
