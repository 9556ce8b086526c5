// Reading parts aloud one after the other, with pause, resume and stop.
//
// One utterance at a time, so the reader knows where it is. Pausing cancels the part being read
// and resuming says that part again from its start: speechSynthesis.pause() does nothing or stops
// for good on many Android phones, while cancel() works everywhere.

/** The states a reader goes through; the control shows and announces each. */
export const IDLE = "idle";
export const READING = "reading";
export const PAUSED = "paused";
export const DONE = "done";

export class Reader {
  /**
   * synth: window.speechSynthesis (or a stand-in); Utterance: SpeechSynthesisUtterance;
   * voiceFor(lang): a voice or null; onState(state); onPart(part or null) while a part is read.
   */
  constructor({ synth, Utterance, voiceFor, onState = () => {}, onPart = () => {} }) {
    this.synth = synth;
    this.Utterance = Utterance;
    this.voiceFor = voiceFor;
    this.onState = onState;
    this.onPart = onPart;
    this.state = IDLE;
    this.parts = [];
    this.index = 0;
    // Each run of speaking has its number: the end of an utterance that was cancelled (its
    // "end" or "error" comes later) belongs to an older run and moves nothing on.
    this.run = 0;
  }

  /** Read `parts` ([{text, lang}]) from the first; `fallbackLang` for parts the phone has no voice for. */
  start(parts, fallbackLang) {
    this.parts = parts;
    this.fallbackLang = fallbackLang;
    this.index = 0;
    this.synth.cancel();
    this.setState(READING);
    this.speak();
  }

  pause() {
    if (this.state !== READING) return;
    this.run += 1;
    this.synth.cancel();
    this.onPart(null);
    this.setState(PAUSED);
  }

  resume() {
    if (this.state !== PAUSED) return;
    this.setState(READING);
    this.speak();
  }

  stop() {
    if (this.state === IDLE || this.state === DONE) return;
    this.run += 1;
    this.synth.cancel();
    this.index = 0;
    this.onPart(null);
    this.setState(IDLE);
  }

  setState(state) {
    this.state = state;
    this.onState(state);
  }

  speak() {
    if (this.index >= this.parts.length) {
      this.onPart(null);
      this.setState(DONE);
      return;
    }
    const run = ++this.run;
    const part = this.parts[this.index];
    const utterance = new this.Utterance(part.text);
    const voice = this.voiceFor(part.lang) || this.voiceFor(this.fallbackLang);
    utterance.lang = this.voiceFor(part.lang) ? part.lang : this.fallbackLang;
    if (voice) utterance.voice = voice;
    const next = () => {
      if (run !== this.run || this.state !== READING) return;
      this.index += 1;
      this.speak();
    };
    utterance.onend = next;
    // A part the voice cannot say ("synthesis-failed") is passed over rather than ending the reading.
    utterance.onerror = next;
    this.onPart(part);
    this.synth.speak(utterance);
  }
}
