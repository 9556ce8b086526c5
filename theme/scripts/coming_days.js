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

/** Whether a day's listed occurrences hold one that takes place. */
function takesPlace(data, index) {
  return data.days[index].occurrences.some((occurrence) =>
    data.listings[occurrence.listing].listed && !("cancelled" in occurrence));
}

/**
 * Never "nothing" while something is coming (SPEC "Embeds"): the date an embed names after what
 * it lists, as {name}, or null. A partner's or function's embed names it when its rule ran to the
 * end of the data (nothing more in the 8 weeks, or the data nearly over): `data.later`, the first
 * date after the data. The house's embed names it when its coming days hold nothing that takes
 * place: the next such day of the data, else `data.later`.
 */
export function laterDate(data, index, minute, partner) {
  if (partner) {
    const days = partnerEmbedDays(data, index, minute);
    const takingPlace = days.reduce((sum, day) =>
      sum + day.occurrences.filter((occurrence) => !("cancelled" in occurrence)).length, 0);
    const last = days.length ? days[days.length - 1].index : index;
    // The rule stops before the end of the data only with enough, once the week is covered.
    const stoppedEarly = takingPlace >= data.embed_min_items
      && Math.max(last + 1, index + data.coming_days) < data.days.length;
    return stoppedEarly ? null : data.later;
  }
  const shown = houseEmbedDays(data, index, minute);
  if (shown.some((day) => day.occurrences.some((occurrence) => !("cancelled" in occurrence)))) return null;
  for (let next = lastComingDay(data, index) + 1; next < data.days.length; next++) {
    if (takesPlace(data, next)) return {name: data.days[next].name};
  }
  return data.later;
}
