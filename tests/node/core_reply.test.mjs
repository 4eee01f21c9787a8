// The page's one reading of the core's errors (web/src/core-reply.js) and
// their wording in the reader's language (web/src/i18n.js errorText).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { errorFrom, failure, parseReply } from '../../web/src/core-reply.js';
import { errorText } from '../../web/src/i18n.js';

describe('core replies', () => {
  it('turns a lone error object into an Error with its code', () => {
    assert.throws(() => parseReply('{"error": {"code": "not_found", "message": "no document d7"}}'),
      (e) => e instanceof Error && e.code === 'not_found' && e.message === 'no document d7');
  });

  it('passes answers through, even one with a field named error among others', () => {
    assert.deepEqual(parseReply('{"documents": [], "error": {"code": "resource_exhausted", "message": "m"}}'),
      { documents: [], error: { code: 'resource_exhausted', message: 'm' } });
    assert.deepEqual(parseReply('[1, 2]'), [1, 2]);
  });

  it('carries the code in a worker reply, and none when there is none', () => {
    const e = Object.assign(new Error('bad period'), { code: 'invalid_argument' });
    assert.deepEqual(failure(e), { error: 'bad period', code: 'invalid_argument' });
    assert.deepEqual(failure(new Error('plain')), { error: 'plain' });
  });

  it('makes the page an Error again from a reply, its code kept', () => {
    const back = errorFrom(failure(Object.assign(new Error('bad period'), { code: 'invalid_argument' })));
    assert.ok(back instanceof Error);
    assert.equal(back.message, 'bad period');
    assert.equal(back.code, 'invalid_argument');
    assert.equal(errorFrom({ error: 'plain' }).code, undefined);
  });

  it('says a coded error in the interface language, the core message after it', () => {
    const e = Object.assign(new Error('no actor leon'), { code: 'not_found' });
    assert.equal(errorText(e), 'غير موجود في هذه المدونة (no actor leon)');
    assert.equal(errorText(new Error('plain')), 'plain');
  });
});
