import * as assert from 'assert';
import fc from 'fast-check';
import { collectIdentities, crossFileDiagnostics } from '../../../../server/src/service/workspace';

/** Small alphabets so that random folders have clashes often. */
const names = fc.constantFrom('web', 'db', 'mail', 'proxy');
const macs = fc.constantFrom('00:16:3e:00:00:01', '00:16:3E:00:00:01', '00-16-3e-00-00-02', '00:16:3e:00:00:03');

describe('crossFileDiagnostics properties', () => {
  it('a file gets a clash warning exactly when another file has the same name or MAC, pointing at those files', () => {
    fc.assert(fc.property(fc.array(fc.record({ name: names, mac: macs }), { minLength: 1, maxLength: 6 }), (guests) => {
      const files = guests.map((guest, index) => {
        const uri = `file:///ws/xen/g${index}.cfg`;
        const text = `name = "${guest.name}"\nvif = [ "mac=${guest.mac}" ]\n`;
        return { uri, identities: collectIdentities('xen-xl', text, { uri }) };
      });
      const normalisedMac = (mac: string): string => mac.toLowerCase().replace(/-/g, ':');
      const result = crossFileDiagnostics(files);
      guests.forEach((guest, index) => {
        const diagnostics = result.get(files[index].uri) ?? [];
        const sameName = guests.map((other, at) => (at !== index && other.name === guest.name ? files[at].uri : undefined)).filter(Boolean);
        const sameMac = guests.map((other, at) => (at !== index && normalisedMac(other.mac) === normalisedMac(guest.mac) ? files[at].uri : undefined)).filter(Boolean);
        const nameClash = diagnostics.find((d) => d.code === 'xl/duplicate-name-in-workspace');
        const macClash = diagnostics.find((d) => d.code === 'xl/duplicate-mac-in-workspace');
        assert.deepStrictEqual(nameClash?.relatedInformation?.map((info) => info.location.uri) ?? [], sameName);
        assert.deepStrictEqual(macClash?.relatedInformation?.map((info) => info.location.uri) ?? [], sameMac);
        assert.strictEqual(diagnostics.length, (sameName.length > 0 ? 1 : 0) + (sameMac.length > 0 ? 1 : 0));
      });
    }), { numRuns: 200 });
  });

  it('collects from arbitrary text in either language without a failure', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('xen-xl', 'vz-conf'), (text, languageId) => {
      const failures: string[] = [];
      const identities = collectIdentities(languageId, text, { uri: 'file:///etc/vz/conf/101.conf', logError: (message) => failures.push(message) });
      assert.deepStrictEqual(failures, []);
      for (const identity of identities) assert.ok(identity.value.length > 0);
    }), { numRuns: 300 });
  });
});
