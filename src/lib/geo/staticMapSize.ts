/** The size static maps are drawn at (3:2); the camera frames each step for it. */
export const STATIC_MAP_SIZE = { width: 960, height: 640 };
