// Entry point of the vendor bundle (built by build-vendor.sh into vendor/latentris-vendor.js).
// Everything the viewer needs from npm, exposed as one global: LatentrisVendor.
import * as THREE from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";
import { decode as msgpackDecode } from "@msgpack/msgpack";
import uPlot from "uplot";

export { THREE, OrbitControls, msgpackDecode, uPlot };
