/* Latentris viewer: GLSL (ES 3.0) for the point cloud.
   Positions of two snapshots arrive as normalised uint16 (0..1 in the shader); uMix blends A -> B on the GPU.
   Per-class colour (rgb) and visibility (a) live in a small texture, so hiding a class touches no vertex data.
   Colour modes: 0 = class colour, 1 = a per-sample score (two snapshots, mixed like positions) on a colour ramp,
   2 = correct / wrong / unknown (score 1 / 0 / -1 of the nearer snapshot). */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;

  var vertex = [
    "in vec3 aPosA;        // snapshot A, quantised position / 65535",
    "in vec3 aPosB;        // snapshot B",
    "in float aClass;      // class index",
    "in float aScoreA;     // per-sample score at snapshot A (modes 1 and 2)",
    "in float aScoreB;",
    "in float aSubset;     // rank within its class, uniform in [0, 1) (the stratified subset), + 2 when selected",
    "uniform float uFraction;   // samples whose rank is >= this are not drawn",
    "uniform float uSelActive;  // 1 while a selection set exists: the rest are dimmed",
    "uniform float uDim;        // colour factor of the samples outside the selection",
    "uniform int uColorMode;",
    "uniform vec2 uScoreRange;  // scores at or below x map to 0, at or above y to 1",
    "uniform vec3 uRamp0;",
    "uniform vec3 uRamp1;",
    "uniform vec3 uRamp2;",
    "uniform vec3 uCorrect;",
    "uniform vec3 uWrong;",
    "uniform vec3 uUnknown;",
    "uniform float uMix;   // 0 = A, 1 = B",
    "uniform vec3 uBboxMin;",
    "uniform vec3 uBboxMax;",
    "uniform float uWorldScale;  // world units per data unit, the same on every axis",
    "uniform sampler2D uClassTex;",
    "uniform int uClassTexWidth;",
    "uniform float uPointSize;   // world units",
    "uniform float uPixelScale;  // drawing-buffer height / 2 / tan(fov / 2)",
    "uniform float uMinPx;",
    "uniform float uMaxPx;",
    "uniform float uOrthoPxPerUnit;  // > 0 in the 2D (orthographic) view: drawing-buffer px per world unit",
    "out vec3 vColor;",
    "out float vVisible;",
    "out float vSizePx;",
    "",
    "void main() {",
    "  int c = int(aClass + 0.5);",
    "  vec4 cls = texelFetch(uClassTex, ivec2(c % uClassTexWidth, c / uClassTexWidth), 0);",
    "  vColor = cls.rgb;",
    "  if (uColorMode == 1) {",
    "    float v = mix(aScoreA, aScoreB, uMix);",
    "    if (v < -1e29) { vColor = uUnknown; }  // SCORE_MISSING: not defined for this sample and snapshot",
    "    else {",
    "      float t = clamp((v - uScoreRange.x) / max(uScoreRange.y - uScoreRange.x, 1e-12), 0.0, 1.0);",
    "      vColor = t < 0.5 ? mix(uRamp0, uRamp1, t * 2.0) : mix(uRamp1, uRamp2, t * 2.0 - 1.0);",
    "    }",
    "  } else if (uColorMode == 2) {",
    "    float c = uMix < 0.5 ? aScoreA : aScoreB;",
    "    vColor = c > 0.5 ? uCorrect : (c > -0.5 ? uWrong : uUnknown);",
    "  }",
    "  bool selected = aSubset >= 2.0;",
    "  if (uSelActive > 0.5 && !selected) vColor *= uDim;",
    "  vVisible = (selected ? aSubset - 2.0 : aSubset) < uFraction ? cls.a : 0.0;",
    "  if (vVisible < 0.5) {",
    "    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);  // outside the clip volume: hidden class or not in the subset",
    "    gl_PointSize = 0.0;",
    "    return;",
    "  }",
    "  vec3 q = mix(aPosA, aPosB, uMix);",
    "  vec3 data = mix(uBboxMin, uBboxMax, q);",
    "  vec3 world = (data - 0.5 * (uBboxMin + uBboxMax)) * uWorldScale;",
    "  vec4 mvPosition = modelViewMatrix * vec4(world, 1.0);",
    "  gl_Position = projectionMatrix * mvPosition;",
    "  float px = uOrthoPxPerUnit > 0.0 ? uPointSize * uOrthoPxPerUnit : uPointSize * uPixelScale / max(-mvPosition.z, 1e-4);",
    "  gl_PointSize = clamp(px, uMinPx, uMaxPx);",
    "  vSizePx = gl_PointSize;",
    "}"
  ].join("\n");

  var fragment = [
    "in vec3 vColor;",
    "in float vVisible;",
    "in float vSizePx;",
    "uniform float uRim;       // rim starts at this radius (0..1)",
    "uniform float uRimMinPx;  // smaller sprites get no rim",
    "uniform float uRimShade;",
    "out vec4 outColor;",
    "",
    "void main() {",
    "  if (vVisible < 0.5) discard;",
    "  vec2 p = gl_PointCoord * 2.0 - 1.0;",
    "  float r2 = dot(p, p);",
    "  if (r2 > 1.0) discard;  // round sprite",
    "  bool rim = vSizePx >= uRimMinPx && r2 > uRim * uRim;",
    "  outColor = vec4(rim ? vColor * uRimShade : vColor, 1.0);",
    "}"
  ].join("\n");

  /* Marks (hovered and pinned samples): a ring of fixed pixel size around the point, drawn over everything. */
  var markVertex = [
    "in vec3 color;",
    "uniform float uSizePx;",
    "out vec3 vColor;",
    "void main() {",
    "  vColor = color;",
    "  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);",
    "  gl_PointSize = uSizePx;",
    "}"
  ].join("\n");

  var markFragment = [
    "in vec3 vColor;",
    "uniform float uInner;  // ring from this radius (0..1) to the sprite's edge",
    "out vec4 outColor;",
    "void main() {",
    "  vec2 p = gl_PointCoord * 2.0 - 1.0;",
    "  float r2 = dot(p, p);",
    "  if (r2 > 1.0 || r2 < uInner * uInner) discard;",
    "  outColor = vec4(vColor, 1.0);",
    "}"
  ].join("\n");

  L.shaders = { pointsVertex: vertex, pointsFragment: fragment, markVertex: markVertex, markFragment: markFragment };
})();
