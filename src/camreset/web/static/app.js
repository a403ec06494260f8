/* camreset: small progressive enhancements. Every page works without this file.
 * - hold timer: counts up on a tap, buzzes and beeps at "watch now" and "stop now" (two cue
 *   lines that never overwrite each other), and saves the measured hold with the session;
 * - wait countdown: counts down to a time the server computed from the session's events,
 *   and the minutes left count down with it;
 * - a page restored by the Back button is fetched again, so the server can ask "undo?";
 * - a step page follows its session (follow.js);
 * - copy buttons for the plain-text report and the session's link;
 * - the choice to keep the lights still (the checkbox and its cookie work without this), kept
 *   for a page reloaded before it is answered;
 * - Enter searches in the model's box, which wraps a long name;
 * - a desk's side boxes (why this step, what has been done) open beside the step.
 */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var audio = null;
  // A browser lets a page sound or vibrate only after the person has tapped it; before that
  // a try only logs an error. Each wait is a new page, so its end stays silent until a tap.
  function mayAlert() {
    var act = navigator.userActivation;
    return !act || act.hasBeenActive;
  }
  function beep(freq, ms, times) {
    if (!mayAlert()) { return; }
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
    if (navigator.vibrate && mayAlert()) {
      try { navigator.vibrate(pattern); } catch (e) { /* ignore */ }
    }
  }
  // "1:05", "0:45": always minutes and seconds, so a figure read or seen alone ("45") is
  // never a bare number.
  function fmt(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    var r = s % 60;
    return Math.floor(s / 60) + ":" + (r < 10 ? "0" : "") + r;
  }

  var HOLDS_SHOWN = {};  // the timers on this page, by the key their unsent hold is kept under
  function setupTimer(box) {
    var min = parseFloat(box.dataset.min || "0");
    var rec = parseFloat(box.dataset.rec || "0");
    var max = parseFloat(box.dataset.max || "0");
    var scale = parseFloat(box.dataset.scale || "10");
    var keeps = box.dataset.recKeeps === "1";  // the usual time says "keep holding until …"
    // A hold that must not end before a time (a Tapo C200's 10 s): nothing sounds at the
    // least, where the page says to keep holding; at that time, "let go once it happens".
    var notBefore = parseFloat(box.dataset.notBefore || "0");
    if (notBefore) { keeps = false; rec = notBefore; }
    var quiet = box.dataset.quiet === "1";  // the sign is a sound: the timer must not mask it
    function sound(freq, ms, times) { if (!quiet) { beep(freq, ms, times); } }
    var button = box.querySelector(".timer-start");
    var count = box.querySelector(".timer-seconds");  // "12.3", then "s" ("seconds" to a reader)
    var fill = box.querySelector(".timer-bar .fill");
    var status = box.querySelector(".timer-status");
    var watch = box.querySelector(".timer-watch");
    var stopCue = box.querySelector(".timer-stop");
    var started = null, ticker = null, said = {};
    var sayGo = box.dataset.sayGo || "";  // not-before: all shown, a few words said (75 F #6)
    var loud = box.querySelector(".timer-go") || document.createElement("p");
    if (sayGo) { stopCue.setAttribute("aria-live", "off"); }
    // Where "watch" and "stop" fall due in one tick (the least is the usual hold), only the
    // stop cue is read out: it names the sign too, and it would cut the polite one off anyway.
    // Where the sign can be heard, "listen now" is all that is read out (below).
    if (min && rec && min >= rec && !quiet) { watch.setAttribute("aria-live", "off"); }
    // A sign to hold until that is watched for: its whole sentence is shown in the watch
    // line, and a screen reader is told only a few words (sayNow) as the window opens; the
    // sentence, read out over the beep and any chime, took 6 s (accessibility review 70 A).
    var sayNow = quiet ? "" : (box.dataset.sayNow || "");
    if (sayNow) { watch.setAttribute("aria-live", "off"); }
    function sayShort() { if (status.textContent !== sayNow) { status.textContent = sayNow; } }
    function cue(el, key, text, warn) {
      if (said[key]) { return false; }
      said[key] = true;
      el.textContent = text;
      el.classList.toggle("is-warn", !!warn);
      return true;
    }
    function tick() {
      var t = (performance.now() - started) / 1000;
      count.textContent = t.toFixed(1);
      if (fill) { fill.setAttribute("width", String(Math.min(300, (t / scale) * 300))); }
      var oneCue = box.dataset.sayMin === box.dataset.sayRec;  // a set time: "let go" once
      var toWatch = !max || min < max;  // a hold of one time: "stop now" alone, not both at once
      if (min && toWatch && t >= min && !oneCue && cue(watch, "min", box.dataset.sayMin, false)) {
        if (sayNow) { sayShort(); }
        if (!notBefore) { buzz(200); sound(660, 180, 1); }  // read out, but no beep to let go by
      }
      if (rec && t >= rec && keeps && !said.rec) {  // "keep holding until the sign": no
        said.rec = true;  // "let go" sound, and said as the status it makes more precise
        if (sayNow) {  // the more precise sentence shown; a few words read out
          watch.textContent = box.dataset.sayRec;
          sayShort();
        } else if (!quiet) {
          status.textContent = box.dataset.sayRec;
        } else if (cue(watch, "min", box.dataset.sayMin, false)) {
          // A sign that can be heard: its whole sentence, read out by a screen reader just
          // as the chime may come, masked it (accessibility review 65): "listen now" only.
          buzz(200);
        }
      } else if (rec && t >= rec && !keeps && cue(stopCue, "rec", box.dataset.sayRec, false)) {
        status.textContent = "";  // "keep holding" would contradict "let go now"
        loud.textContent = sayGo;  // then its few words, not the 21 shown, are read out
        buzz([300, 120, 300]); sound(880, 160, 2);
      }
      if (max && (max > rec || keeps) && t >= max && cue(stopCue, "max", box.dataset.sayMax, true)) {
        status.textContent = "";  // nor "keep holding until …" over "Stop now" (review 75 F, #2)
        loud.textContent = sayGo && box.dataset.sayMax;
        if (keeps && watch.textContent === box.dataset.sayRec) { watch.textContent = ""; }
        buzz([800]); sound(330, 500, 1);
      }
    }
    function said_held(seconds) {
      status.textContent = box.dataset.sayStopped.replace("{seconds}", seconds.toFixed(1));
    }
    // One announcement when the timer stops: "Saved: you held …" once the server has it, or
    // "You held …" when it cannot be saved (two, 0.1 s apart, read as chatter).
    function save(seconds) {
      var token = document.querySelector('input[name="csrf_token"]');
      if (!box.dataset.post || !token || !window.fetch) { said_held(seconds); return; }
      var body = new URLSearchParams();
      body.set("csrf_token", token.value);
      body.set("step", box.dataset.step);
      body.set("seconds", seconds.toFixed(1));
      // while it is being saved, the page stays (follow.js): a move that lands meanwhile
      // would take away what the save says, "not saved: the session had moved on" among it
      box.classList.add("is-saving");
      fetch(box.dataset.post, { method: "POST", body: body, credentials: "same-origin" })
        .then(function (r) {
          box.classList.remove("is-saving");
          if (r.status === 204) {
            status.textContent = box.dataset.saySaved.replace("{seconds}", seconds.toFixed(1));
          } else if (r.status === 409) {  // the other screen answered with its own hold
            status.textContent = box.dataset.sayRefused.replace("{seconds}", seconds.toFixed(1));
          } else {
            said_held(seconds);
          }
        }, function () {
          box.classList.remove("is-saving");
          said_held(seconds);
          unsent = seconds.toFixed(1);
        });  // offline: says
    }  // how long it was, and the answer takes it along
    // A reload confirmed while the count runs (the browser asks first, below) used to come
    // back at "0.0 s" with the finger still on the button (a phone review): the tap's time is
    // kept for this tab, this session and this step, and the new page counts on from it.
    var kept = "camreset-hold:" + (box.dataset.post || "") + ":" + (box.dataset.step || "");
    function keep(at) {
      try {
        if (at) { sessionStorage.setItem(kept, String(at)); } else { sessionStorage.removeItem(kept); }
      } catch (e) { /* storage off: a reload starts from 0 again, as before */ }
    }
    // A hold no answer has carried to the server yet: the answer sent while the server was
    // down (kill -9, a restart) failed with it, and Back came to this page at "0.0 s", the
    // hold lost (review 65 D, #5). It is kept for this tab and step until the next page.
    var unsent = null;
    var heldKey = "camreset-held:" + (box.dataset.post || "") + ":" + (box.dataset.step || "");
    HOLDS_SHOWN[heldKey] = true;
    function still() {
      keep(null);
      clearInterval(ticker); ticker = null;
      box.classList.remove("is-running");
      status.textContent = watch.textContent = loud.textContent = stopCue.textContent = "";
      status.classList.remove("is-warn");
      button.textContent = box.dataset.labelStart;
    }
    function stop() {
      unsent = null;
      var t = (performance.now() - started) / 1000;
      still();
      save(t);
    }
    // Another screen answered this page with the hold counted from this timer's start
    // (follow.js): the count stops where that answer came, and nothing is sent.
    box.addEventListener("camreset:counted", function (event) {
      still();
      count.textContent = Number(event.detail).toFixed(1);
    });
    // A reload or a pull-to-refresh while holding would drop the count without a word (a
    // phone review): the browser asks first. An answer sent stops the count, so never asks.
    window.addEventListener("beforeunload", function (event) {
      if (ticker) { event.preventDefault(); event.returnValue = ""; }
    });
    // An answer sent while the timer still runs carries the hold with it: a person who taps
    // "Done, I let go" without stopping the timer first loses nothing.
    var answers = document.querySelector("form.answers");
    if (answers) {
      answers.addEventListener("submit", function () {
        var seconds = unsent;
        if (ticker) {
          seconds = ((performance.now() - started) / 1000).toFixed(1);
          still();
        }
        if (!seconds) { return; }
        var held = { type: "hidden", name: "held", value: seconds };
        answers.appendChild(Object.assign(document.createElement("input"), held));
        try { sessionStorage.setItem(heldKey, seconds); } catch (e) { /* storage off */ }
      });
    }
    function begin(ago, words) {
      said = {};
      started = performance.now() - ago * 1000;
      status.textContent = words;
      status.classList.remove("is-warn");
      watch.textContent = loud.textContent = stopCue.textContent = "";
      stopCue.classList.remove("is-warn");
      button.textContent = box.dataset.labelStop;
      box.classList.add("is-running");
      sound(520, 80, 1);
      ticker = setInterval(tick, 100);
      tick();
    }
    // The start is sent too, so that a page following the session on another screen says a
    // hold is going on (the desk saw nothing for 30 s: session 71); nothing is said here of it.
    function started_here() {
      var token = document.querySelector('input[name="csrf_token"]');
      if (!box.dataset.postStart || !token || !window.fetch) { return; }
      var body = new URLSearchParams();
      body.set("csrf_token", token.value);
      body.set("step", box.dataset.step);
      body.set("js", "1");
      fetch(box.dataset.postStart, { method: "POST", body: body, credentials: "same-origin" })
        .then(function () {}, function () {});  // not sent: only the other screen misses it
    }
    button.addEventListener("click", function () {
      if (ticker) { stop(); return; }
      keep(Date.now());
      begin(0, box.dataset.sayHold);
      started_here();
    });
    try { unsent = sessionStorage.getItem(heldKey); } catch (e) { /* none */ }
    if (unsent) {  // this page again after its answer was lost: the hold is still here
      count.textContent = unsent;  // the "s" stands after it
      status.textContent = box.dataset.sayUnsent.replace("{seconds}", unsent);
    }
    // A hold timed on another screen: the face counts it from its logged start, silently, until
    // this screen's own timer starts; it read "0.0 s" under "Holding the button since 02:45:06"
    // on the desk, and on a phone picked up mid-hold (helpdesk review 74 F, #3 and #4).
    var elsewhere = parseFloat(box.dataset.heldFor || "");
    var elsewhereUntil = parseFloat(box.dataset.heldUntil || "0");
    if (!isNaN(elsewhere) && elsewhere >= 0) {
      var shownAt = performance.now();
      var follow = function () {
        var t = elsewhere + (performance.now() - shownAt) / 1000;
        if (ticker || unsent || t > elsewhereUntil) { clearInterval(shadow); return; }
        count.textContent = t.toFixed(1);
        if (fill) { fill.setAttribute("width", String(Math.min(300, (t / scale) * 300))); }
      };
      var shadow = setInterval(follow, 100);
      follow();
    }
    var tapped = null;
    try { tapped = parseFloat(sessionStorage.getItem(kept) || ""); } catch (e) { /* none */ }
    if (tapped) {
      var ago = (Date.now() - tapped) / 1000;
      // Only a hold that could still be going on: past the bar's end plus a minute, the
      // finger is long off the button and a count from then would only confuse.
      if (ago >= 0 && ago <= Math.max(scale, max, rec) + 60) {
        begin(ago, box.dataset.sayResumed);
      } else {
        keep(null);
      }
    }
  }

  function setupWait(box) {
    var until = parseInt(box.dataset.untilMs || "0", 10);
    var count = box.querySelector(".wait-count");
    var status = box.querySelector(".wait-status");
    var done = false;
    // Written only when it changes: each tick rewrote the same "2:59 left" twice a second, and
    // a screen reader resting on it re-read it or refreshed its page (review 72 F, #6).
    var shown = count.textContent;
    function tick() {
      var left = (until - Date.now()) / 1000;
      var words = box.dataset.sayLeft.replace("{clock}", fmt(Math.ceil(left)));
      if (words !== shown) { count.textContent = words; shown = words; }
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

  function setupTimeLeft(el) {
    var low = parseFloat(el.dataset.low || "0");
    var high = parseFloat(el.dataset.high || "0");
    var waitLeft = parseFloat(el.dataset.waitLeft || "0");
    if (!(waitLeft > 0)) { return; }
    var loaded = Date.now();
    function tick() {
      var gone = Math.min(waitLeft, (Date.now() - loaded) / 1000) / 60;
      var lo = Math.max(1, Math.round(low - gone));
      var hi = Math.max(lo, Math.round(high - gone));
      el.textContent = "about " + (lo === hi ? lo : lo + "\u2013" + hi) + " min left";
    }
    setInterval(tick, 5000);
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

  // Blinking lights show a rhythm, but a person may need them still (WCAG 2.2.2): the
  // still swatches beside each light carry the same sequence. The checkbox works by CSS
  // alone; here the choice is kept for the next pages.
  function setupStill(box) {
    var root = document.documentElement;
    function show(still) {
      root.classList.toggle("still", still);
      box.checked = still;
    }
    var kept = null;  // what this browser chose last; the page's own tick (the cookie) else
    try { kept = window.localStorage.getItem("camreset-still"); } catch (e) { /* private mode */ }
    show(kept === null ? box.checked : kept === "1");
    box.addEventListener("change", function () {
      show(box.checked);
      try { window.localStorage.setItem("camreset-still", box.checked ? "1" : "0"); } catch (e) { /* not kept */ }
    });
  }

  // The sticky "Start the steps" bar took 42 % of a 320x640 screen at 200 % text, the boxes
  // scrolling behind it (accessibility review 65, #6): taller than a fifth of the window, it
  // stops being sticky and waits after the list. CSS cannot ask the text size; the bar's own
  // size changes with it, so it is watched.
  function setupSticky(bar) {
    function fit() { bar.classList.toggle("is-tall", bar.offsetHeight > 0.2 * window.innerHeight); }
    fit();
    window.addEventListener("resize", fit);
    if (window.ResizeObserver) { new ResizeObserver(fit).observe(bar); }
  }

  // The model's box wraps a long name (a one-line field cut it at 200 % text: review 75 F,
  // #10), and Enter searches in it as in a one-line box; without this file Enter starts a
  // new line, which the search reads as a space, and the button searches.
  function setupSearchBox(box) {
    box.setAttribute("enterkeyhint", "search");
    box.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" || event.shiftKey || event.isComposing) { return; }
      event.preventDefault();
      if (box.form.requestSubmit) { box.form.requestSubmit(); } else { box.form.submit(); }
    });
  }

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }
  each(".timer[data-rec]", setupTimer);
  try {  // a hold kept for an answer lost on the way belongs to its own step's page only
    for (var i = sessionStorage.length - 1; i >= 0; i--) {
      var key = sessionStorage.key(i);
      if (key && key.indexOf("camreset-held:") === 0 && !HOLDS_SHOWN[key]) {
        sessionStorage.removeItem(key);
      }
    }
  } catch (e) { /* storage off */ }
  each(".wait[data-until-ms]", setupWait);
  each(".time-left[data-wait-left]", setupTimeLeft);
  // A page the Back button restores from memory would show an old step as if it were current:
  // fetch it again, so the server can ask "undo your last answer?" instead.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) { window.location.reload(); }
  });
  each("button.copy[data-target]", setupCopy);
  each("input.still-box", setupStill);
  each(".sticky-submit", setupSticky);
  each("textarea.search-box", setupSearchBox);
  // A desk (70rem and wider) shows why a step is asked and what has been done beside it: the
  // two boxes open there, truly, so they say "expanded" and can still be closed. CSS had shown
  // them while they said "collapsed", and Enter on them changed nothing seen (review 72 F, #1).
  // Without this file they stay closed on a desk too, and look and say so.
  if (window.matchMedia) {
    var desk = window.matchMedia("(min-width: 70rem)");
    var side = function () { each(".step-side details", function (d) { d.open = desk.matches; }); };
    side();
    if (desk.addEventListener) { desk.addEventListener("change", side); }
  }
})();
