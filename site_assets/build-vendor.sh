#!/bin/sh
# Rebuild the viewer's vendor bundle from the pinned versions in package-lock.json.
#   site_assets/vendor/latentris-vendor.js   three + OrbitControls + @msgpack/msgpack decode + uPlot, one IIFE
#   site_assets/vendor/uPlot.min.css
#   site_assets/vendor/THIRD-PARTY-LICENSES.txt   the licences of the bundled packages (they ship with every site)
# The outputs are committed; users of the Python package never need npm. Run: sh site_assets/build-vendor.sh
set -eu
cd "$(dirname "$0")"

npm ci --no-audit --no-fund --ignore-scripts  # esbuild runs from its platform package; no install scripts needed

version() { node -p "require('./node_modules/$1/package.json').version"; }
BANNER="/* latentris-vendor.js: three $(version three) (MIT), @msgpack/msgpack $(version @msgpack/msgpack) (ISC), uplot $(version uplot) (MIT); licences in THIRD-PARTY-LICENSES.txt. Bundled with esbuild $(version esbuild). Generated file, do not edit. Rebuild: sh site_assets/build-vendor.sh */"

mkdir -p vendor
./node_modules/.bin/esbuild vendor-entry.js \
  --bundle --format=iife --global-name=LatentrisVendor --minify \
  --target=es2020 --legal-comments=eof \
  "--banner:js=$BANNER" \
  --outfile=vendor/latentris-vendor.js
cp node_modules/uplot/dist/uPlot.min.css vendor/uPlot.min.css
for pkg in three @msgpack/msgpack uplot; do
  printf '%s %s\n%s\n\n' "$pkg" "$(version "$pkg")" "$(cat "node_modules/$pkg/LICENSE")"
done > vendor/THIRD-PARTY-LICENSES.txt
echo "built: $(wc -c < vendor/latentris-vendor.js) bytes vendor/latentris-vendor.js, vendor/uPlot.min.css, vendor/THIRD-PARTY-LICENSES.txt"
