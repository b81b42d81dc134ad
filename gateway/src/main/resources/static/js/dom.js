// Builds elements from data without ever parsing it as HTML, so text from the API cannot inject markup.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/** "must not be blank" → "Must not be blank.": how a message reads beside a field or in a status line. */
export function sentence(text) {
  const trimmed = String(text ?? '').trim();
  if (!trimmed) return '';
  const capitalized = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}

/** Sets a status line's text and its tone (success, error or plain). */
export function say(status, text, tone = '') {
  status.className = tone ? `notice ${tone}` : 'notice';
  status.textContent = text;
}

/**
 * Shows a refusal on a form: each field error of the problem's {@code errors[]} once, as a sentence, in the form's
 * {@code span.field-error[data-field]} for that field; the problem's detail once in the status line, unless it only
 * repeats a field's message (then the status asks to check the marked fields). Errors for fields the form has no
 * place for join the status line.
 */
export function showProblem(form, status, error, extra = '') {
  clearProblems(form);
  const placed = new Set();
  const unplaced = new Set();
  for (const fieldError of error.problem?.errors || []) {
    const message = sentence(fieldError.message);
    const slot = form.querySelector(`.field-error[data-field="${CSS.escape(fieldError.field || '')}"]`);
    if (slot && !slot.textContent.includes(message)) {
      slot.textContent = slot.textContent ? `${slot.textContent} ${message}` : message;
      slot.hidden = false;
      form.querySelector(`[name="${CSS.escape(fieldError.field)}"]`)?.setAttribute('aria-invalid', 'true');
      placed.add(message);
    } else if (!slot) {
      unplaced.add(message);
    }
  }
  const detail = sentence(error.message);
  const repeats = [...placed].some((message) => detail.toLowerCase().includes(message.replace(/\.$/, '').toLowerCase()));
  const top = [repeats ? 'Please check the marked field.' : detail, ...unplaced].filter((line, i, all) => line && all.indexOf(line) === i);
  say(status, [...top, extra].filter(Boolean).join(' '), 'error');
}

/** Removes what {@link showProblem} put on the form. */
export function clearProblems(form) {
  form.querySelectorAll('.field-error').forEach((slot) => { slot.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((field) => field.removeAttribute('aria-invalid'));
}
