import {expect} from '@open-wc/testing';

describe('test setup', () => {
  it('reaches the test backend over real HTTP', async () => {
    const response = await fetch('/api/smoke');
    expect(await response.json()).to.deep.equal({ok: true});
  });
});
