import * as assert from 'assert';
import { expectHover, hoverAt } from './helpers';

describe('xl hover', () => {
  it('documents a key: type, unit, default, guests and example', () => {
    expectHover('mem<|>ory = 512\n', '**memory**', 'MiB', '*Default:*', '*Guests:*', '```xl');
  });

  it('marks a deprecated key', () => {
    expectHover('buil<|>der = "hvm"\n', '**Deprecated**', '`type`');
  });

  it('says an unknown key is ignored', () => {
    expectHover('memroy<|> = 512\n', 'not a key xl knows', 'Did you mean `memory`');
  });

  it('explains an enum value', () => {
    expectHover('on_crash = "re<|>start"\n', '"restart"');
  });

  it('explains what a type prefix expands to', () => {
    expectHover('type = "h<|>"\n', 'xl reads "h" as "hvm"');
  });

  it('converts a size to a larger unit', () => {
    expectHover('memory = 20<|>48\n', '2048 MiB = 2 GiB');
  });

  it('documents a spec sub-key inside a string', () => {
    expectHover("vif = [ 'mac=00:16:3e:00:00:01, bri<|>dge=xenbr0' ]\n", '**bridge**');
  });

  it('gives nothing on blank space or a comment', () => {
    assert.strictEqual(hoverAt('memory = 512\n<|>\n'), null);
    assert.strictEqual(hoverAt('# mem<|>ory\n'), null);
  });

  it('works on CRLF files and at token boundaries', () => {
    expectHover('name = "a"\r\n<|>memory = 512\r\n', '**memory**');
    expectHover('name = "a"\r\nmemory<|> = 512\r\n', '**memory**');
  });
});
