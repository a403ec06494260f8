"""The terminal wizard behind `camreset guide`: one module per thing a person sees or does.

`step_view` draws a step, `hold_timer` and `countdown` time the hands-on parts (`timed_hold`:
what a timed hold logs), `led_view` shows light patterns, `prompts` and `choose_camera` ask,
`interactive` runs the loop, and `script` replays a file of answers for support scripts and
tests.
"""
