// Auto-resizing iframes for the sample post: an embedded explorer posts its height as
// { type: 'momentum-explorer:height', height } (src/embed/resize.ts); this sets that iframe's
// height. An external file, so the post's strict Content-Security-Policy can forbid inline script.
'use strict'
window.addEventListener('message', function (event) {
  var data = event.data
  // Only our own frames (this sample serves them from its own origin), and a sane height.
  if (event.origin !== window.location.origin) return
  if (!data || data.type !== 'momentum-explorer:height') return
  var height = Number(data.height)
  if (!isFinite(height) || height <= 0) return
  height = Math.min(height, 3000)
  // Only the frame that sent the message is resized, whatever other frames are on the page.
  var frames = document.getElementsByTagName('iframe')
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + 'px'
  }
})

// This script may run after a frame already reported its height: ask every frame to say it again.
var frames = document.getElementsByTagName('iframe')
for (var i = 0; i < frames.length; i++) {
  var frame = frames[i]
  var ask = function (f) {
    return function () {
      if (f.contentWindow)
        f.contentWindow.postMessage(
          { type: 'momentum-explorer:request-height' },
          window.location.origin,
        )
    }
  }
  ask(frame)()
  frame.addEventListener('load', ask(frame))
}
