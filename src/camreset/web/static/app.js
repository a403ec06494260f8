/* camreset: small progressive enhancements. Every page works without this file.
 * - hold timer: counts up on a tap, buzzes and beeps at "watch the light" and "let go";
 * - wait countdown: counts down to a time the server computed from the session's events;
 * - copy button for the plain-text report.
 */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var audio = null;
  function beep(freq, ms, times) {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      for (var i = 0; i < (times || 1); i++) {
        var osc = audio.createOscillator();
        var gain = audio.createGain();
        var start = audio.currentTime + i * (ms / 1000 + 0.12);
        osc.frequency.value = freq;
        gain.gain.setValueAtTime(0.25, start);
        gain.gain.exponentialRampToValueAtTime(0.001, start + ms / 1000);
        osc.connect(gain).connect(audio.destination);
        osc.start(start);
        osc.stop(start + ms / 1000);
      }
    } catch (e) { /* no sound on this device: the text and the buzz still tell */ }
  }
  function buzz(pattern) {
    if (navigator.vibrate) { try { navigator.vibrate(pattern); } catch (e) { /* ignore */ } }
  }
  function fmt(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    var m = Math.floor(s / 60);
    var r = s % 60;
    return m > 0 ? m + ":" + (r < 10 ? "0" : "") + r : String(s);
  }

  function setupTimer(box) {
    var min = parseFloat(box.dataset.min || "0");
    var rec = parseFloat(box.dataset.rec || "0");
    var max = parseFloat(box.dataset.max || "0");
    var scale = parseFloat(box.dataset.scale || "10");
    var button = box.querySelector(".timer-start");
    var count = box.querySelector(".timer-count");
    var fill = box.querySelector(".timer-bar .fill");
    var status = box.querySelector(".timer-status");
    var started = null;
    var ticker = null;
    var said = {};

    function say(key, text, warn) {
      if (said[key]) { return; }
      said[key] = true;
      status.textContent = text;
      status.classList.toggle("is-warn", !!warn);
    }
    function tick() {
      var t = (performance.now() - started) / 1000;
      count.textContent = t.toFixed(1) + " s";
      if (fill) { fill.setAttribute("width", String(Math.min(100, (t / scale) * 100))); }
      if (min && t >= min) { say("min", box.dataset.sayMin, false); if (!said.minb) { said.minb = 1; buzz(200); beep(660, 180, 1); } }
      if (rec && t >= rec) { say("rec", box.dataset.sayRec, false); if (!said.recb) { said.recb = 1; buzz([300, 120, 300]); beep(880, 160, 2); } }
      if (max && t >= max) { say("max", box.dataset.sayMax, true); if (!said.maxb) { said.maxb = 1; buzz([800]); beep(330, 500, 1); } }
    }
    function stop() {
      clearInterval(ticker);
      ticker = null;
      var t = (performance.now() - started) / 1000;
      status.textContent = box.dataset.sayStopped.replace("{seconds}", t.toFixed(1));
      status.classList.remove("is-warn");
      button.textContent = box.dataset.labelStart;
    }
    button.addEventListener("click", function () {
      if (ticker) { stop(); return; }
      said = {};
      started = performance.now();
      status.textContent = box.dataset.sayHold;
      status.classList.remove("is-warn");
      button.textContent = box.dataset.labelStop;
      beep(520, 80, 1);
      ticker = setInterval(tick, 100);
      tick();
    });
  }

  function setupWait(box) {
    var until = parseInt(box.dataset.untilMs || "0", 10);
    var count = box.querySelector(".wait-count");
    var status = box.querySelector(".wait-status");
    var done = false;
    function tick() {
      var left = (until - Date.now()) / 1000;
      count.textContent = fmt(Math.ceil(left));
      if (left <= 0 && !done) {
        done = true;
        status.textContent = box.dataset.sayDone;
        buzz([300, 120, 300]);
        beep(880, 160, 2);
      }
    }
    tick();
    setInterval(tick, 500);
  }

  function setupCopy(button) {
    var target = document.getElementById(button.dataset.target);
    var status = document.getElementById(button.dataset.status);
    button.addEventListener("click", function () {
      var text = target.textContent;
      function ok() { status.textContent = button.dataset.sayCopied; }
      function fallback() {
        var range = document.createRange();
        range.selectNodeContents(target);
        var sel = window.getSelection();
        sel.removeAllRanges();
        sel.addRange(range);
        try { document.execCommand("copy"); ok(); } catch (e) { status.textContent = button.dataset.sayFailed; }
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(ok, fallback);
      } else { fallback(); }
    });
  }

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }
  each(".timer[data-rec]", setupTimer);
  each(".wait[data-until-ms]", setupWait);
  each("button.copy[data-target]", setupCopy);
})();
