/**
 * Times as a voice says them: the twin of stek.site.spoken (one rule, the same expected table,
 * tests/spoken_times.json). `words` is the page data's `speech`: the site's words and the clock
 * the screen shows. A whole hour is `whole`, other minutes `minutes`; on a 12-hour clock every
 * time carries its half of the day (`am`/`pm`), on a 24-hour clock the unit (`h24`) is said once,
 * after a range's end.
 */

function put(template, values) {
  return template.replace(/\{(\w+)\}/g, (all, name) => (name in values ? String(values[name]) : all));
}

/** A minute of the day in words: "16 uur", "9 h 30", "1:30 pm"; `unit` false: without a 24-hour clock's unit. */
export function spokenMinute(words, minute, unit = true) {
  const hour = Math.floor((minute % 1440) / 60);
  const minutes = minute % 60;
  const shown = words.clock === 12 ? hour % 12 || 12 : hour;
  const figure = minutes ? put(words.minutes, {h: shown, mm: String(minutes).padStart(2, "0")}) : put(words.whole, {h: shown});
  if (words.clock === 12) return put(hour < 12 ? words.am : words.pm, {time: figure});
  return unit ? put(words.h24, {time: figure}) : figure;
}

/** "van 9.30 tot 16 uur", "from 12 pm to 1:30 pm". */
export function spokenRange(words, start, end) {
  return put(words.range, {start: spokenMinute(words, start, words.clock === 12), end: spokenMinute(words, end)});
}
