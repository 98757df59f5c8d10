import * as assert from 'assert';
import { expectHover, hoverAt } from './helpers';

describe('vz-conf hover', () => {
  it('on a key: summary, value grammar, unit, dialect support and an example', () => {
    expectHover('PRIVV<|>MPAGES="65536:69632"\n', '**PRIVVMPAGES**', 'barrier[:limit] in pages', 'vzctl 4.11: read', '```vz-conf', 'PRIVVMPAGES="65536:69632"');
  });

  it('pages are shown in pages, bytes and MiB/GiB, barrier and limit spelled out', () => {
    const value = expectHover('PRIVVMPAGES="6553<|>6:69632"\n', '**barrier**', '**limit**');
    assert.ok(value.includes('65536 pages = 268435456 bytes = 256 MiB'), value);
    assert.ok(value.includes('69632 pages = 285212672 bytes = 272 MiB'), value);
  });

  it('a suffixed value shows what was written and what vzctl stores', () => {
    const value = expectHover('PHYSPAGES="0:1<|>G"\n');
    assert.ok(value.includes('`1G` → 262144 pages = 1073741824 bytes = 1 GiB'), value);
    assert.ok(value.includes('0 pages'), value);
  });

  it('unlimited is explained', () => {
    expectHover('VMGUARPAGES="33792:unlim<|>ited"\n', 'unlimited (stored as 9223372036854775807)');
  });

  it('bytes-class values convert to MiB', () => {
    expectHover('KMEMSIZE="14372700:147<|>90164"\n', '14372700 bytes = 13.71 MiB');
  });

  it('disk space is in 1 KiB blocks: soft and hard limits converted to GiB', () => {
    const value = expectHover('DISKSPACE="2<|>G:2.2G"\n', '**soft limit**', '**hard limit**');
    assert.ok(value.includes('`2G` → 2097152 KiB = 2147483648 bytes = 2 GiB'), value);
    expectHover('DISKSPACE="104857<|>60:10485760"\n', '10485760 KiB = 10737418240 bytes = 10 GiB');
  });

  it('a single value says it sets both sides', () => {
    expectHover('NUMPROC="24<|>0"\n', '240 items', 'uses it for both sides');
  });

  it('an enumeration value shows its meaning', () => {
    expectHover('NETFILTER="state<|>ful"\n', '`stateful` — Filtering with connection tracking');
  });

  it('a FEATURES item shows the feature\'s doc', () => {
    expectHover('FEATURES="nfs:on pp<|>p:off"\n', '`ppp` — PPP devices.');
  });

  it('layouts, capabilities and technologies show their meaning', () => {
    expectHover('VE_LAYOUT="ploop:pl<|>ain"\n', '`ploop:plain` — A ploop image allocated');
    expectHover('CAPABILITY="sys_ti<|>me:on"\n', '`SYS_TIME` — Set the system clock.');
    expectHover('VERSION="2"\nTECHNOLOGIES="x86_64 np<|>tl"\n', '`nptl` —');
  });

  it('a parameter of the other dialect says this file does not read it', () => {
    expectHover('CPUUWEIGHT="1"\nVEFS<|>TYPE="xfs"\n', '**VEFSTYPE**', 'Not read by this file\'s dialect (legacy)');
  });

  it('a key hover says how the file is read and why', () => {
    expectHover('ONB<|>OOT="yes"\n', 'read as vzctl 4.11 (legacy OpenVZ): the default');
    expectHover('VERSION="2"\nONB<|>OOT="yes"\n', 'read as Virtuozzo 7 (libvzctl): detected from VERSION');
    expectHover('# hvconf: dialect=vz7\nONB<|>OOT="yes"\n', 'set by a `# hvconf: dialect=` comment');
  });

  it('the dialect directive explains itself', () => {
    expectHover('# hvconf: dia<|>lect=vz7\nONBOOT="yes"\n', 'hvconf dialect directive', 'read as Virtuozzo 7');
  });

  it('no hover on comments or blank lines', () => {
    assert.strictEqual(hoverAt('# a comm<|>ent\nONBOOT="yes"\n'), null);
    assert.strictEqual(hoverAt('ONBOOT="yes"\n<|>\n'), null);
  });

  it('no hover on unknown keys', () => {
    assert.strictEqual(hoverAt('FOO<|>BAR="1"\n'), null);
  });
});
