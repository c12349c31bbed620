/** Side-effect style imports, bundled by Vite (see vite.config.ts). */
declare module '*.css' {}
