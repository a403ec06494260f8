/* camreset: a step page follows its session. When another screen answers (the customer's
 * phone, the helpdesk agent's desk), it moves to where the session is now and says what was
 * answered; or, with following turned off (a box, kept per session on this device), while a
 * hold is being timed or something is being typed, it stays and says so, with a link.
 * Its own file: app.js had reached the 400 lines a module may have. Every page works
 * without it.
 */
(function () {
  "use strict";

  // A page open on two screens follows the other's answers while its box "Follow the other
  // screen's answers" is ticked (the default; this device keeps the choice per session).
  // Unticked, or while something is typed in one of the page's forms or a hold is being
  // timed, the page stays: its live region says what was answered, with a link to the new
  // step (WCAG 3.2.5: no change of context that was not asked for).
  function setupFollow(el) {
    var every = parseInt(el.dataset.followMs || "4000", 10);
    var box = document.getElementById("follow-box");
    var key = "camreset-follow-" + (el.dataset.session || "");
    var busy = false;    // something typed in one of the page's forms: never thrown away
    var leaving = false; // this page is sending its own answer
    // The step the page, or its notice, last spoke of. A step id names its position too, so
    // an answer taken back elsewhere is a new step as well (this page's form is stale then).
    var shown = el.dataset.step;
    // How many changes that move no step (what is at hand, details) the page was shown with:
    // another screen's made since is followed too, or said (helpdesk review 67, E #7).
    var changes = el.dataset.changed;
    // A hold timer started or stopped on another screen on this very step: the page shows
    // "Holding the button since …" while it runs (session 71).
    var holding = el.dataset.holding || "";
    function following() { return !box || box.checked; }
    // Only what a person types or picks in the page's own forms pauses following: not the
    // "Stop the blinking pictures" box (form="answers", but a preference), nor the follow box.
    document.addEventListener("input", function (event) {
      var t = event.target;
      if (t && t.form && !(t.closest && t.closest(".still-control, .follow-control"))) { busy = true; }
    });
    document.addEventListener("submit", function () { leaving = true; });
    // Someone moving through the page by keyboard or a screen reader (a key pressed, or the
    // focus shown on one of its controls) is reading it: a move would take them away mid-
    // sentence (accessibility review 70 A, #9). The page stays and its live region says a new
    // step is waiting, with a link; a tap or a click is no sign of it, so a page watched on a
    // second screen still follows. Ticking the box again asks to follow: it moves then.
    var reading = false;
    document.addEventListener("keydown", function () { reading = true; });
    document.addEventListener("focusin", function (event) {
      var t = event.target;
      if (t && t.matches && t.matches(":focus-visible") && !t.matches("[tabindex='-1']")) {
        reading = true;
      }
    });
    function say(text, url) {
      el.textContent = "";
      el.classList.add("notice");
      el.appendChild(document.createTextNode(text + (url ? " " : "")));
      if (url) {
        var link = document.createElement("a");
        link.href = url;
        link.textContent = el.dataset.sayGo;
        el.appendChild(link);
      }
    }
    // A server that cannot be reached (down, restarting) was not told: a tap on an answer
    // then got the browser's error page (review 65 D, #8). Two failed looks in a row say so,
    // and the next good one takes it back.
    var offline = document.querySelector(".follow-offline");
    var failed = 0;
    function reached(ok) {
      failed = ok ? 0 : failed + 1;
      if (!offline) { return; }
      var text = failed >= 2 ? offline.dataset.sayOffline : "";
      if (offline.textContent !== text) {
        offline.textContent = text;
        offline.classList.toggle("notice", !!text);
      }
    }
    // A helpdesk's screen lists which step each other screen shows and when it last looked
    // (helpdesk review 74 F, #5): the server's words as of this look, replaced each time.
    var seenList = document.querySelector(".screens-seen-list");
    function showSeen(lines) {
      if (!seenList || !lines) { return; }
      seenList.textContent = "";
      (lines.length ? lines : [seenList.dataset.none]).forEach(function (text) {
        var item = document.createElement("li");
        item.textContent = text;
        if (!lines.length) { item.className = "muted"; }
        seenList.appendChild(item);
      });
    }
    function check() {
      if (leaving || document.visibilityState === "hidden") { return; }
      fetch(el.dataset.followUrl, { credentials: "same-origin", cache: "no-store" })
        .then(function (r) { reached(r.status < 500); return r.ok ? r.json() : null; })
        .then(function (now) {
          if (!now || leaving) { return; }
          showSeen(now.screens);
          var url = now.url, said = now.said, held = null;
          if (now.step === shown) {  // the other screen's answer to the same step, refused
            var told = document.querySelector("p.overtaken");  // after this page loaded
            if (now.overtaken && !told && el.textContent !== now.overtaken) { say(now.overtaken); }
            var timed = (now.holding || "") !== holding;
            if (!timed && (changes === undefined || String(now.changed) === changes)) { return; }
            var beside = changes !== undefined && String(now.changed) !== changes;
            url = beside ? now.changed_url : now.holding_url;  // at hand, details; or a timer
            said = timed && now.holding ? now.holding : now.changed_said;
            // Only a timer started or stopped on another screen: nothing was asked again and
            // nothing is to be answered here while the customer holds; a page that stays
            // says the hold itself ("… answer it here" was said mid-hold: review 71 N, F9).
            var held = timed && !beside ? (now.holding || now.held || "") : null;
          }
          shown = now.step;
          changes = String(now.changed);
          holding = now.holding || "";
          var timing = document.querySelector(".timer.is-running, .timer.is-saving");
          // Answered elsewhere with the hold counted from this timer's start: nothing here is
          // kept, so the count stops (app.js) and the page follows as any page does; the
          // laptop left on the table counted on past 24 s (helpdesk review 74 F, #3).
          var counted = timing && typeof now.held_counted === "number";
          if (counted) {
            timing.dispatchEvent(new CustomEvent("camreset:counted", { detail: now.held_counted }));
            timing = null;
          }
          if (following() && !busy && !timing && !reading) {
            leaving = true;
            window.location.assign(url);
            return;
          }
          // Back on the very step this page shows (its answer taken back elsewhere): nothing
          // new to go to, and what is typed or timed here is this step's; it said "Go to the
          // new step" of the step it showed (session 69).
          if (held !== null) {
            if (held && el.textContent !== held) { say(held); }
            return;
          }
          if (now.same_step) { say(said + " " + el.dataset.saySame); return; }
          // A hold is kept only on the hold page the other screen answered last: once its
          // step is taken back (an undo there, back to the first question), it is not, and
          // the page said it was (merged-diff review 67, N #8); said followed or not.
          var lost = timing && now.hold_kept === false;
          var why = lost ? el.dataset.sayLost : counted ? el.dataset.sayCounted
            : (!following() ? "" : (busy ? el.dataset.sayTyped
              : (timing ? el.dataset.sayTiming : el.dataset.sayReading)));
          say(said + (why ? " " + why : ""), url);
        }, function () { reached(false); });  // the next check tries again
    }
    if (box) {
      var kept = null;
      try { kept = window.localStorage.getItem(key); } catch (e) { /* private mode */ }
      if (kept !== null) { box.checked = kept === "1"; }
      box.addEventListener("change", function () {
        try { window.localStorage.setItem(key, box.checked ? "1" : "0"); } catch (e) { /* not kept */ }
        if (box.checked) {  // following again: catch up now
          reading = false;
          shown = el.dataset.step;
          changes = el.dataset.changed;
          holding = el.dataset.holding || "";
          check();
        }
      });
    }
    if (!window.fetch || !(every > 0)) { return; }
    setInterval(check, every);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") { check(); }
    });
  }

  // After the page moved by itself (or an old position was reloaded), the notice that says
  // what the other screen answered takes the focus: a screen reader reads it, then the step.
  // While following, it offers to stop, right where the move was noticed.
  function setupMoved(notice) {
    var box = document.getElementById("follow-box");
    if (box && box.checked && notice.dataset.sayStop) {
      var stop = document.createElement("button");
      stop.type = "button";
      stop.className = "btn-quiet follow-stop";
      stop.textContent = notice.dataset.sayStop;
      stop.addEventListener("click", function () {
        box.checked = false;
        box.dispatchEvent(new Event("change"));
        var done = document.createElement("p");
        done.className = "notice moved-stopped";
        done.tabIndex = -1;
        done.textContent = notice.dataset.sayStopped;
        stop.replaceWith(done);
        done.focus();  // the button is gone: read what became of following, once
      });
      notice.after(stop);  // after the notice, not in it: it is read once, then the button
    }
    notice.focus();  // the one announcement: the notice is no live region
  }

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }
  each(".follow-status[data-follow-url]", setupFollow);
  each(".moved-on[tabindex]", setupMoved);
})();
