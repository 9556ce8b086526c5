"""The "Read aloud" control in Chromium, with speech synthesis stubbed: headless Chromium has no voices.

The stub (an init script) stands in for window.speechSynthesis with the voices a test gives it and
records every utterance (text, lang, voice) instead of saying it; `__finish()` ends the utterance
being said, as the voice would when done. What a real voice sounds like is not tested here.
"""

from __future__ import annotations

import json
import re

import pytest

from tests.browser.test_pages_in_browser import _axe

STUB = """
(() => {
  const voices = %s.map((lang) => ({ name: lang, lang, localService: true, default: false, voiceURI: lang }));
  const spoken = [];
  let current = null;
  const synth = new EventTarget();
  Object.assign(synth, {
    speaking: false, pending: false, paused: false,
    getVoices: () => voices,
    speak(utterance) {
      spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice ? utterance.voice.lang : null });
      current = utterance;
    },
    cancel() {
      const utterance = current;
      current = null;
      spoken.cancels = (spoken.cancels || 0) + 1;
      if (utterance && utterance.onerror) setTimeout(() => utterance.onerror({ error: "interrupted" }));
    },
    pause() {}, resume() {},
  });
  class Utterance { constructor(text) { this.text = text; this.lang = ""; this.voice = null; } }
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Utterance, configurable: true });
  window.__spoken = spoken;
  window.__finish = () => { const utterance = current; current = null; if (utterance && utterance.onend) utterance.onend({}); };
})();
"""

VOICES = ["nl-NL", "nl-BE", "fr-FR", "en-GB", "ar-SA"]
# Columns: page, the words of the control, what the status says while reading, paused, stopped.
CONTROLS = {
    "": ("Lees voor", "Pauze", "Verder lezen", "Wordt voorgelezen.", "Voorlezen gepauzeerd.", "Voorlezen gestopt."),
    "ar/": ("اقرأ بصوت عالٍ", "إيقاف مؤقت", "متابعة القراءة", "تجري القراءة بصوت عالٍ.", "القراءة متوقفة مؤقتًا.", "توقفت القراءة."),
}


@pytest.fixture
def speaking_page(browser, site_server):
    """A phone-sized tab whose speechSynthesis is the stub, with the given voices."""
    contexts = []

    def open_tab(voices):
        context = browser.new_context(viewport={"width": 390, "height": 844}, service_workers="block")
        context.add_init_script(STUB % json.dumps(voices))
        contexts.append(context)
        return context.new_page()

    yield open_tab
    for context in contexts:
        context.close()


def _spoken(page) -> list[dict]:
    return page.evaluate("() => window.__spoken.map((u) => ({...u}))")


@pytest.mark.parametrize("lang", ["", "ar/"], ids=["nl", "ar"])
def test_reads_the_heading_first_in_the_page_language_with_pause_resume_and_stop(speaking_page, site_server, lang):
    start, pause, resume, reading, paused, stopped = CONTROLS[lang]
    page = speaking_page(VOICES)
    page.goto(site_server + lang + "programme/")
    play = page.locator(".stek-read__play")
    stop = page.locator(".stek-read__stop")
    status = page.locator(".stek-read__status")
    assert play.inner_text().strip().endswith(start)
    box = play.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24
    assert stop.is_hidden()
    # The keyboard reaches the control and presses it.
    play.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("window.__spoken.length > 0")
    heading = page.locator("h1").inner_text()
    page_lang = lang.strip("/") or "nl"
    assert _spoken(page)[0] == {"text": heading, "lang": page_lang, "voice": "nl-BE" if page_lang == "nl" else "ar-SA"}
    assert status.inner_text() == reading and stop.is_visible()
    assert page.locator("h1.stek-reading").count() == 1
    assert _axe(page) == []

    page.evaluate("window.__finish()")
    page.wait_for_function("window.__spoken.length === 2")
    play.click()  # pause
    assert play.inner_text().strip().endswith(resume)
    assert status.inner_text() == paused
    page.wait_for_timeout(50)
    assert len(_spoken(page)) == 2
    play.click()  # resume: the interrupted part again
    page.wait_for_function("window.__spoken.length === 3")
    assert _spoken(page)[2]["text"] == _spoken(page)[1]["text"]
    assert play.inner_text().strip().endswith(pause) and status.inner_text() == reading

    stop.focus()
    page.keyboard.press("Enter")
    assert status.inner_text() == stopped
    assert stop.is_hidden() and play.inner_text().strip().endswith(start)
    assert page.evaluate("document.activeElement.classList.contains('stek-read__play')")
    assert page.locator(".stek-reading").count() == 0
    page.evaluate("window.__finish()")
    page.wait_for_timeout(50)
    assert len(_spoken(page)) == 3


@pytest.mark.parametrize("lang", ["", "ar/"], ids=["nl", "ar"])
def test_the_whole_programme_is_read_with_times_as_words(speaking_page, site_server, lang):
    page = speaking_page(VOICES)
    page.goto(site_server + lang + "programme/")
    page.locator(".stek-read__play").click()
    page.wait_for_function("window.__spoken.length > 0")
    page.wait_for_function("""() => {
        for (let i = 0; i < 500 && !document.querySelector('.stek-read__stop').hidden; i++) window.__finish();
        return document.querySelector('.stek-read__stop').hidden;
    }""")
    spoken = _spoken(page)
    texts = [utterance["text"] for utterance in spoken]
    assert len(texts) > 20
    # Each activity's time is said in the words the page gives assistive technology, never as figures.
    ranges = page.locator(".stek-item .stek-sr").all_inner_texts()
    assert ranges and all(any(words in text for text in texts) for words in ranges)
    bare = [text for text in texts if re.search(r"\d{1,2}[:.]\d{2}\s*[–-]", text)]
    # The opening hours too are said in words (issue 16, item 2): no range is read as figures.
    assert bare == []
    assert not any("Lees voor" in text or "اقرأ" in text for text in texts)
    # Every part in a language the phone has a voice for is said by that voice.
    assert all(utterance["voice"] and utterance["voice"][:2] == utterance["lang"][:2] for utterance in spoken)
    page_lang = lang.strip("/") or "nl"
    assert {utterance["lang"] for utterance in spoken} <= {page_lang, "nl"}
    assert page.locator(".stek-read__status").inner_text() in ("Klaar met voorlezen.", "انتهت القراءة.")


def test_without_a_voice_for_the_language_it_says_so_and_offers_the_languages_it_has(speaking_page, site_server):
    page = speaking_page(["en-GB", "fr-BE", "de-DE"])
    page.goto(site_server + "rights/leefloon/")
    page.locator(".stek-read__play").click()
    status = page.locator(".stek-read__status")
    status.wait_for(state="visible")
    page.wait_for_function("document.querySelector('.stek-read__status').textContent !== ''")
    assert status.inner_text() == "Deze telefoon heeft geen stem om deze taal voor te lezen."
    assert status.get_attribute("role") == "status"
    others = page.locator(".stek-read__others")
    assert others.is_visible()
    links = others.locator("a").evaluate_all("links => links.map(a => [a.getAttribute('hreflang'), a.getAttribute('href')])")
    assert links == [["fr", "../../fr/rights/leefloon/"], ["en", "../../en/rights/leefloon/"]]
    assert _spoken(page) == []
    assert _axe(page) == []


def test_no_control_where_the_browser_cannot_speak(browser, site_server):
    context = browser.new_context(service_workers="block")
    context.add_init_script("delete Window.prototype.speechSynthesis; delete window.speechSynthesis;")
    page = context.new_page()
    page.goto(site_server + "programme/")
    page.wait_for_load_state("load")
    assert page.evaluate("'speechSynthesis' in window") is False
    assert page.locator(".stek-read").count() == 0
    context.close()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_server + "programme/")
    assert page.locator(".stek-read").count() == 0
    context.close()
