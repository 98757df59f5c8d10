import * as assert from 'assert';
import { parseMetafile } from '../../../server/src/metafile/parse';
import {
  allSections, distributions, hooks, packageFamilyOf, packageManagerArch, packageManagers, sectionDef, templateName, urlVariables,
} from '../../../server/src/schema/metafile/index';

describe('vz-metafile schema (reference openvz.md §2.2–2.5)', () => {
  it('knows exactly the sections vzmktmpl reads', () => {
    assert.deepStrictEqual(allSections.map((def) => def.name).sort(), [
      'appname', 'cache_type', 'changelog', 'description', 'distribution', 'golden_image', 'license', 'mirrorlist',
      'osarch', 'osname', 'osrelease', 'osver', 'package_manager', 'packages', 'packages_0', 'packages_1', 'release',
      'repositories', 'requires', 'setname', 'summary', 'technologies', 'upgradable_versions', 'version', 'zypp_repositories',
    ]);
    assert.strictEqual(sectionDef('packages_7')?.name, 'packages_7');
    assert.strictEqual(sectionDef('packages_07'), undefined, 'vzmktmpl counts in decimal without leading zeros');
    assert.strictEqual(sectionDef('packages_1000'), undefined, 'vzmktmpl stops counting at 999');
  });

  it('records which kinds vzmktmpl refuses without a section, and the base-OS-only ones', () => {
    const required = Object.fromEntries(allSections.filter((def) => def.requiredFor.length > 0).map((def) => [def.name, [...def.requiredFor].sort()]));
    assert.deepStrictEqual(required, {
      osname: ['app', 'base-os', 'os-set'], osver: ['app', 'base-os', 'os-set'], osarch: ['app', 'base-os', 'os-set'], package_manager: ['base-os'],
    });
    assert.deepStrictEqual(allSections.filter((def) => def.baseOsOnly).map((def) => def.name).sort(),
      ['cache_type', 'distribution', 'osrelease', 'package_manager', 'technologies', 'upgradable_versions']);
  });

  it('documents every section in its own words with an example that parses as that section', () => {
    for (const def of allSections) {
      assert.ok(def.summary.length >= 15 && def.doc.length >= 40, `${def.name}: summary and doc`);
      const ast = parseMetafile(def.example);
      assert.strictEqual(ast.sections[0]?.header.name, def.name, `${def.name}: example`);
      assert.ok(ast.sections[0].values.length > 0, `${def.name}: example has a value`);
      for (const value of def.values ?? []) assert.ok(value.doc.length > 5, `${def.name}=${value.value}: doc`);
    }
  });

  it('maps every documented package manager to a family and the architecture its name says', () => {
    assert.strictEqual(packageManagers.length, 12);
    for (const entry of packageManagers) {
      assert.ok(packageFamilyOf(entry.value), entry.value);
      assert.strictEqual(packageManagerArch(entry.value), entry.arch, entry.value);
    }
    assert.strictEqual(packageFamilyOf('rpmzypp49x64')?.family, 'rpmzypp');
    assert.strictEqual(packageFamilyOf('rpm49x64')?.family, 'rpm');
    assert.strictEqual(packageFamilyOf('dpkgx64')?.family, 'dpkg');
    assert.strictEqual(packageFamilyOf('apt'), undefined);
  });

  it('lists the manual\'s distributions plus redhat-el5, the url.map names and the hooks', () => {
    assert.deepStrictEqual(distributions.map((entry) => entry.value).sort(), [
      'centos', 'debian', 'fedora-core', 'gentoo', 'mandrake', 'redhat', 'redhat-7.1', 'redhat-7.2', 'redhat-7.3',
      'redhat-el5', 'slackware', 'slackware-9.1', 'suse', 'suse-8.0', 'suse-8.1', 'suse-8.2',
    ]);
    assert.deepStrictEqual(urlVariables.filter((entry) => entry.enabled).map((entry) => entry.name).sort(),
      ['CE_SERVER', 'DEB_SERVER', 'SUSE2_SERVER', 'SUSE_SERVER', 'SW_SERVER', 'UBU_SERVER']);
    assert.deepStrictEqual(urlVariables.filter((entry) => !entry.enabled).map((entry) => entry.name).sort(), ['OLD_UBU_SERVER', 'RH_SERVER', 'SLES_SERVER']);
    assert.strictEqual(hooks.length, 14);
  });

  it('forms template names as vztt does (reference §2.1)', () => {
    assert.strictEqual(templateName({ osname: 'centos', osver: '7', osarch: 'x86_64' }), 'centos-7-x86_64');
    assert.strictEqual(templateName({ osname: 'centos', osver: '7', osarch: 'x86_64', setname: 'minimal' }), 'centos-7-x86_64-minimal');
    assert.strictEqual(templateName({ osname: 'centos', osver: '7', osarch: 'x86_64', appname: 'mysql' }), 'mysql');
    assert.strictEqual(templateName({ osname: 'centos', osver: '7', osarch: 'x86_64', appname: 'mysql', setname: 'devel' }), 'mysql-devel');
  });
});
