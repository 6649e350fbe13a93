/* Latentris viewer: small helpers shared by the modules (DOM elements, base64, colours). Classic script:
   window.Latentris.util. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;

  /* A DOM element. props: a class name (string), or {text, class, ...properties}; content: its text (string) or its
     children (array of nodes). Text is always set with textContent, never parsed as markup. */
  function el(tag, props, content) {
    var node = document.createElement(tag);
    if (typeof props === "string") {
      if (props) node.className = props;
    } else if (props) {
      Object.keys(props).forEach(function (k) {
        if (k === "text") node.textContent = props[k];
        else if (k === "class") node.className = props[k];
        else node[k] = props[k];
      });
    }
    if (Array.isArray(content)) content.forEach(function (child) { node.appendChild(child); });
    else if (content !== undefined) node.textContent = content;
    return node;
  }

  /* Standard base64 text → bytes. */
  function base64ToBytes(text) {
    if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(text);
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  /* "#rrggbb" → [r, g, b], 0..255. */
  function hexToRgb(hex) {
    var v = parseInt(hex.slice(1), 16);
    return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  }

  L.util = { el: el, base64ToBytes: base64ToBytes, hexToRgb: hexToRgb };
})();
