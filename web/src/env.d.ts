// Vite turns CSS imports into <link> files; TypeScript only needs to know they exist.
declare module '*.css';
