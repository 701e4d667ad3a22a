// /embed/ and /embed/scroll/ are written as folders with an index.html, which every static host serves.
export const trailingSlash = 'always';
