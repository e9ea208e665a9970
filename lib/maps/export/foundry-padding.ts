/** The scene padding this app writes (Foundry's default is also 0.25). */
export const SCENE_PADDING = 0.25;

/**
 * Where Foundry puts the picture's top-left corner on its canvas: SquareGrid#calculateDimensions
 * (v12/v13) computes `Math.ceil((padding * sceneWidth) * (1 / size)) * size`. Foundry's own source
 * warns not to write `/ size`: in floating point the two differ for some sizes (28 squares at 75 px:
 * 0.25 × 2100 / 75 is exactly 7, but × (1 / 75) is 7.000000000000001 and ceils to 8). Every wall,
 * light, note and token is stored in canvas pixels, so each one is shifted by exactly this.
 */
export function foundryPaddingOffset(
  sceneWidth: number,
  sceneHeight: number,
  gridSize: number,
  padding = SCENE_PADDING,
) {
  return {
    x: Math.ceil(padding * sceneWidth * (1 / gridSize)) * gridSize,
    y: Math.ceil(padding * sceneHeight * (1 / gridSize)) * gridSize,
  };
}
