/**
 * Which days and occurrences the home page and the embeds list at the reader's moment.
 *
 * The home page and the house's embed: today and the days after it, `coming_days` in all.
 * A partner's embed (the embed rule, SPEC "Embeds"): the partner's next occurrences, day by day,
 * at least `embed_min_items` that take place, further than the coming week when needed, up to
 * the end of the data (8 weeks); never an empty week while something is coming, never a day more
 * than the rule needs. Occurrences already over today are not listed.
 */

/** The last day the home page and the house's embed list: the sixth after today, within the data. */
export function lastComingDay(data, index) {
  return Math.min(index + data.coming_days - 1, data.days.length - 1);
}

/** Whether an occurrence is still to come or going on at `minute` of its day. */
function notOver(occurrence, minute) {
  return occurrence.end > minute;
}

/** The house's embed: [{index, occurrences}] for today (those not over) and the coming days. */
export function houseEmbedDays(data, index, minute) {
  const days = [{index, occurrences: data.days[index].occurrences.filter((o) => notOver(o, minute))}];
  for (let next = index + 1; next <= lastComingDay(data, index); next++) {
    days.push({index: next, occurrences: data.days[next].occurrences});
  }
  return days;
}

/**
 * A partner's embed: [{index, occurrences}] for each day that holds the partner's occurrences
 * (`listed` listings), from today on, until the coming week is covered and at least
 * `embed_min_items` of them take place (cancelled ones are listed, but do not count).
 */
export function partnerEmbedDays(data, index, minute) {
  const days = [];
  let takingPlace = 0;
  for (let next = index; next < data.days.length; next++) {
    if (takingPlace >= data.embed_min_items && next >= index + data.coming_days) break;
    const occurrences = data.days[next].occurrences.filter((occurrence) =>
      data.listings[occurrence.listing].listed && (next > index || notOver(occurrence, minute)));
    if (!occurrences.length) continue;
    days.push({index: next, occurrences});
    takingPlace += occurrences.filter((occurrence) => !("cancelled" in occurrence)).length;
  }
  return days;
}
