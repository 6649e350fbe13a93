/* Latentris viewer: every tunable constant in one place. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;

  L.constants = Object.freeze({
    /* Bundle format this viewer reads (docs/site-bundle.md). A manifest with a bigger version is refused. */
    FORMAT: "latentris-site",
    SUPPORTED_VERSION: 2,
    MANIFEST_PATH: "data/manifest.js",
    MANIFEST_KEY: "manifest",

    /* Live mode (live.js, main.js liveUpdate): how often a live site's manifest is re-read, and how often a held
       update checks whether the pointer pressed in the side panel has been released. */
    LIVE_POLL_MS: 2000,
    LIVE_IDLE_CHECK_MS: 100,
    /* A live page opened while an export lands may read a manifest older than the chunks beside it: how many times
       it reads the manifest again (LIVE_POLL_MS apart) before it reports the data as broken. */
    LIVE_START_TRIES: 5,

    /* Positions are uint16, 0..QUANT_MAX maps onto [bbox_min, bbox_max] (the shader reads them normalised);
       12-bit values in the files are widened to 16 bits on decoding. */
    QUANT_MAX: 65535,
    POSITION_BITS: [12, 16],
    /* Digits of the base85 data files (latentris_lightning/site/bundle.py BASE85_ALPHABET): printable ASCII without
       " ' \ < > & ` */
    BASE85_ALPHABET: "!#$%()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|",

    /* Class colours, class i gets PALETTE[i % 20]. 1-7 are Okabe & Ito's "Color Universal Design" palette (2008,
       https://jfly.uni-koeln.de/color/), made for colour-blind readers; its black becomes a near-white (8) on the
       dark background; 9 and 10 (red, dusty pink) were chosen so that the first ten stay at least 15 CIE76 units
       apart, and from the background, in normal vision and in simulated protanopia, deuteranopia and tritanopia
       (Machado et al. 2009, severity 1; tests/test_palette.py checks this). 11-20 are Tableau 10 hues, which start
       to resemble earlier ones. */
    PALETTE: [
      "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7", "#e5e5e5",
      "#ee2244", "#ccaaaa",
      "#4e79a7", "#e15759", "#76b7b2", "#b07aa1", "#ff9da7", "#9c755f", "#edc948", "#59a14f", "#f28e2b", "#bab0ac"
    ],
    BACKGROUND: "#14171c",

    /* Points: diameter in world units (the data box is scaled so its longest side is WORLD_SIZE), clamped in pixels. */
    WORLD_SIZE: 2.0,
    POINT_SIZE: 0.03,           /* for POINT_SIZE_REF_N points; scaled by cbrt(REF_N / N) within the range below */
    POINT_SIZE_REF_N: 2000,
    POINT_SIZE_SCALE_RANGE: [0.35, 1.5],
    POINT_SIZE_MIN_PX: 2.0,
    POINT_SIZE_MAX_PX: 28.0,
    POINT_RIM: 0.78,            /* radius (0..1 of the sprite) where the darker rim starts */
    POINT_RIM_SHADE: 0.55,      /* rim colour = class colour × this */
    POINT_RIM_MIN_PX: 6.0,      /* sprites smaller than this (CSS px) are drawn without a rim */
    CLASS_TEXTURE_WIDTH: 256,   /* per-class colour/visibility texture: texel i = class i, rows of this width */
    BOX_COLOR: "#353d49",       /* outline of the data's bounding box */

    /* Flow-field overlay (flow.js, docs/flow.md): drawn as arrows or streamlines, coloured along FLOW_RAMP (slow →
       fast) and faded towards the background as the magnitude falls */
    FLOW_MODES: ["off", "arrows", "streamlines"],
    FLOW_RAMP: ["#3f5c8a", "#8ab4f8", "#f4f7fb"],
    FLOW_MIN_SHOWN: 0.04,          /* vectors shorter than this × the largest are not drawn */
    FLOW_FADE_FLOOR: 0.25,         /* the slowest drawn vector keeps this share of its colour against the background */
    FLOW_ARROW_LENGTH: 0.9,        /* the largest arrow spans this share of a grid cell */
    FLOW_ARROW_HEAD: 0.3,          /* arrow head length, share of the arrow */
    FLOW_STREAM_SEED_STRIDE: 2,    /* one streamline from every n-th node per axis */
    FLOW_STREAM_STEPS: 16,
    FLOW_STREAM_STEP_CELLS: 0.35,  /* integration step, in cells (at the largest speed) */
    FLOW_LIST_MAX: 12,             /* outliers listed in the panel */
    FLOW_MARKER_COLOR: "#ff5a36",  /* ring around the picked outlier */
    FLOW_MARKER_RADIUS: 0.04,      /* × WORLD_SIZE */
    FLOW_MARKER_SEGMENTS: 24,

    /* Hover, pinned samples and their trails (drawn in every layer panel) */
    PICK_RADIUS_PX: 8,          /* the nearest visible point within this many CSS px of the cursor is hovered */
    HOVER_COLOR: "#ffffff",
    PIN_COLOR: "#ffd400",
    MARK_SIZE_PX: 16,
    MARK_INNER: 0.62,
    TRAIL_OPACITY: 0.9,
    LAYER_TRAIL_COLOR: "#ffffff",  /* trails through layers (dashed), for methods whose layers share one space */
    LAYER_TRAIL_DASH: 0.04,        /* world units */
    MAX_PINNED: 64,

    /* Layout: one large view of the current layer, or every layer side by side (linked small multiples) */
    LAYOUTS: ["single", "layers"],
    /* View: 3D orbit (perspective) or 2D (orthographic along the view direction at the switch; pan and zoom only) */
    VIEW_MODES: ["3d", "2d"],

    /* Sample-size control: each sample's rank within its class comes from a seeded shuffle (the same every time) */
    SUBSET_SEED: 20240611,

    /* Selection set (box or lasso in 2D): the rest dim to this factor of their colour; trails for the first few;
       the URL hash keeps a selection of at most MAX_HASH_SELECTION samples */
    SELECTION_DIM: 0.25,
    MAX_SELECTION_TRAILS: 32,
    MAX_HASH_SELECTION: 200,
    SELECTION_STROKE: "#ffd400",

    /* Hover picking: a screen-space grid of cells this many CSS px, rebuilt when the camera or the frame changes */
    PICK_CELL_PX: 16,
    CAMERA_STILL_MS: 120,       /* hover picks wait until the camera has not moved for this long */

    /* Camera */
    FOV: 45,
    CAMERA_DISTANCE: 4.5,       /* distance from the centre before the first chunk is fitted, world units */
    CAMERA_DIRECTION: { x: 1, y: 0.7, z: 1.3 },  /* from the centre towards the initial camera */
    CAMERA_MARGIN: 1.05,        /* fitted distance = this × what exactly fits the data box's bounding sphere */
    CAMERA_NEAR: 0.01,
    CAMERA_FAR: 100,
    CAMERA_DAMPING: 0.12,       /* OrbitControls inertia */
    CAMERA_HASH_DELAY_MS: 250,  /* the camera goes into the URL hash this long after it stops moving */

    /* Animation */
    SECONDS_PER_SNAPSHOT: 1.2,
    SPEEDS: [0.25, 0.5, 1, 2, 4],
    DEFAULT_SPEED: 1,

    /* Charts */
    CHART_HEIGHT: 110,
    CHART_LINE: "#8ab4f8",
    CHART_PEER: "#c3a6ff",  /* a comparison: the same-depth layer of the other runs, dashed */
    HELD_COLOR: "#f0b429",  /* a comparison: a run showing an earlier snapshot (none of its own at this epoch) */
    CHART_MARKER: "#f0e442",
    CHART_AXIS: "#9aa3ad",
    CHART_GRID: "rgba(255,255,255,0.07)",
    CHART_EPOCH_INCRS: [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000],  /* whole epochs only */

    /* Colour by a per-sample score (docs/site-bundle.md, scores chunks): a ramp from low to high over the bundle's
       2nd-98th percentile range; correct / wrong from the predictions. Missing values (NaN) become SCORE_MISSING. */
    SCORE_RAMP: ["#3b4cc0", "#dddddd", "#e4572e"],
    CORRECT_COLOR: "#4f7a5a",
    WRONG_COLOR: "#ff5a36",
    UNKNOWN_COLOR: "#555b66",
    SCORE_MISSING: -1e30,

    /* Alerts (alerts.js, charts.js): severities, mildest first, and their colour on the list's badges, the marks under
       the epoch slider and the markers on the metric charts (a warning's chart marker is dashed, a failure's solid,
       and the badge says the word, so the two differ without colour too). Warning is Okabe-Ito orange, failure the
       red of wrong predictions. */
    SEVERITIES: ["warning", "failure"],
    SEVERITY_COLORS: { warning: "#e69f00", failure: "#ff5a36" },
    SLIDER_THUMB_PX: 16,  /* width of the epoch slider's thumb: the marks line up with its centre */
    /* CKA heatmap: cell colour from 0 (CKA_LOW) to 1 (CKA_HIGH); cell size in CSS px (shrinks for many layers) */
    CKA_LOW: "#1b1f26",
    CKA_HIGH: "#8ab4f8",
    CKA_CELL_PX: 28,
    CKA_MAX_PX: 300,

    /* Training dynamics (dynamics.js, datamap.js, review.js; docs/dynamics.md#in-the-viewer). The data map plots
       variability (x, 0..DATAMAP_MAX_VARIABILITY: the largest spread a probability in [0, 1] can have) against
       confidence (y, 0..1); its regions: ambiguous at variability >= DATAMAP_AMBIGUOUS_VARIABILITY, else easy to
       learn at confidence >= DATAMAP_EASY_CONFIDENCE, else hard to learn. */
    DATAMAP_MAX_VARIABILITY: 0.5,
    DATAMAP_AMBIGUOUS_VARIABILITY: 0.2,
    DATAMAP_EASY_CONFIDENCE: 0.5,
    DATAMAP_HEIGHT_PX: 220,
    DATAMAP_MARGIN: { left: 30, right: 8, top: 8, bottom: 24 },  /* CSS px around the plot, for the axes */
    DATAMAP_POINT_PX: [[2000, 3], [20000, 2], [Infinity, 1]],      /* [up to N samples, point side in CSS px] */
    DATAMAP_REGION_LINE: "rgba(255,255,255,0.28)",
    DATAMAP_REGION_TEXT: "rgba(255,255,255,0.55)",
    DATAMAP_RING_PX: 5,
    REVIEW_TOP: 50,             /* samples listed under "samples to review" (the CSV holds all of them) */
    /* words the search box takes for a dynamics field ("forgotten>=2", "confidence<0.3") */
    DYNAMICS_ALIASES: { forgotten: "forgetting", forgets: "forgetting", learned: "first_learned",
                        correct: "correctness", prediction: "most_frequent" },

    /* Faithfulness of the current view (manifest.quality); below poorBelow the view is flagged */
    QUALITY_SCORES: [
      { key: "trustworthiness", label: "trust", poorBelow: 0.9 },
      { key: "continuity", label: "cont", poorBelow: 0.9 },
      { key: "knn15", label: "kNN15", poorBelow: 0.2 },
      { key: "stab_spearman", label: "motion", poorBelow: 0.5 }
    ]
  });
})();
