// The post list. Post text only ever reaches the page as text nodes (textContent, append of strings), never as
// markup; highlighting splits the text and wraps matches in <mark> elements built here.

import { el } from './dom.js';
import { valueName } from './filters.js';
import { showCards } from './cards.js';

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text with every occurrence of a term in <mark>, as a fragment of text nodes and mark elements. */
export function highlighted(text, terms) {
  const fragment = document.createDocumentFragment();
  if (!terms.length) {
    fragment.append(text);
    return fragment;
  }
  const re = new RegExp(terms.map(escapeRegExp).join('|'), 'giu');
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m[0] === '') continue;
    fragment.append(text.slice(last, m.index));
    fragment.append(el('mark', null, m[0]));
    last = m.index + m[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

function when(iso) {
  return iso ? iso.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC') : '';
}

function safeLink(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}

/** What a label key and value read as: codebook names in place of ids (stance:talks → stance on the target's name). */
export function labelText(key, value) {
  const [dimension, target] = key.split(':');
  if (key === value) return valueName(dimension, value);
  if (target) return dimension + ' (' + valueName(dimension, target) + '): ' + value;
  return key + ': ' + valueName(dimension, value);
}

/** A calibrated model's probability of every class, as " · calibrated: against 0.70, favor 0.21, none 0.09". */
function probabilitiesText(probabilities) {
  if (!probabilities) return '';
  return ' · calibrated: ' + Object.entries(probabilities).map(([c, p]) => c + ' ' + Number(p).toFixed(2)).join(', ');
}

/** A label with its confidence; a label made by a model links to the model's card. */
function labelElement(label, cards) {
  const span = el('span', 'label');
  span.append(labelText(label.key, label.value));
  span.append(el('span', 'conf', Number(label.confidence).toFixed(2)));
  span.title = label.key + '=' + label.value + ' · confidence ' + Number(label.confidence).toFixed(3)
    + probabilitiesText(label.probabilities) + ' (' + label.annotator + ')';
  if (cards.has(label.key)) {
    const a = el('a', 'card', 'model card');
    a.href = '/api/models?key=' + encodeURIComponent(label.key);
    a.target = '_blank';
    a.rel = 'noopener';
    // shown as a card over the page; the link still opens the JSON in a new tab (middle click, copy link)
    a.addEventListener('click', (event) => {
      event.preventDefault();
      showCards(label.key).catch(() => window.open(a.href, '_blank', 'noopener'));
    });
    span.append(a);
  }
  return span;
}

/** A pseudonym (u_… account, h_… handle) says what it is; only public figures on the workspace's list show by name. */
const PSEUDONYM = /^[uh]_[0-9A-Za-z]+$/;

function authorElement(p) {
  const shown = p.author_handle ? p.author_handle : p.author;
  const span = el('span', 'author', p.author_handle ? '@' + shown : shown);
  if (PSEUDONYM.test(shown)) {
    span.title = 'a pseudonym: a keyed hash of the account (u_ for the account id, h_ for its handle), the same in '
      + 'every post; the key is kept outside the workspace. Whoever holds it can run: chorus reveal ' + shown;
  }
  return span;
}

/**
 * The posts, with query terms highlighted; onHashtag(tag) for a hashtag; cards: label keys with a model card;
 * code(post, item): adds the labelling form (null when labelling is off).
 */
export function renderPosts(list, posts, terms, onHashtag, cards = new Set(), code = null) {
  list.replaceChildren();
  for (const p of posts) {
    const item = el('li', 'post');
    item.dataset.id = p.id;
    const meta = el('div', 'meta');
    meta.append(el('span', null, when(p.created_at)), el('span', null, p.platform), el('span', null, p.lang || '-'),
      el('span', null, p.kind), authorElement(p));
    if (p.synthetic) meta.append(el('span', 'synthetic', 'synthetic'));
    // context shipped along (a retweeted or quoted original), listed only when the role filter asks for it
    if (p.role === 'referenced') meta.append(el('span', 'referenced', 'referenced'));
    const link = safeLink(p.url);
    if (link) {
      const a = el('a', null, 'permalink');
      a.href = link;
      a.rel = 'noopener noreferrer nofollow';
      a.target = '_blank';
      meta.append(a);
    }
    item.append(meta);
    if (p.title) {
      const title = el('div', 'title');
      title.dir = 'auto';
      title.append(highlighted(p.title, terms));
      item.append(title);
    }
    const text = el('div', 'text');
    text.dir = 'auto';
    text.append(highlighted(p.text || '', terms));
    item.append(text);
    if (p.hashtags && p.hashtags.length) {
      const tags = el('div', 'tags');
      for (const h of p.hashtags) {
        const b = el('button', 'tag', '#' + h);
        b.type = 'button';
        b.dir = 'auto';
        b.addEventListener('click', () => onHashtag(h));
        tags.append(b);
      }
      item.append(tags);
    }
    if (p.labels && p.labels.length) {
      const labels = el('div', 'labels');
      p.labels.forEach((l) => labels.append(labelElement(l, cards)));
      item.append(labels);
    }
    if (code) code(p, item);
    list.append(item);
  }
}

export function postRows(posts) {
  return posts.map((p) => [p.id, p.created_at, p.platform, p.lang, p.kind, p.role, p.author, p.title, p.text,
    (p.hashtags || []).join(' '), p.url,
    (p.labels || []).map((l) => l.key + '=' + l.value + '@' + Number(l.confidence).toFixed(2)).join(' ')]);
}

export const POST_COLUMNS = ['id', 'created_at', 'platform', 'lang', 'kind', 'role', 'author', 'title', 'text',
  'hashtags', 'url', 'labels'];
