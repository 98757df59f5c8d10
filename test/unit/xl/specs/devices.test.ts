import { runCases } from './table';

describe('xl spec: vtpm', () => runCases('vtpm', [
  { source: ['backend=vtpmmgr'] },
  { source: ['backend=vtpmmgr, uuid=a1b2c3d4-0000-4000-8000-00000000000f'] },
], [
  { source: ['backend=d,owner=me'], code: 'xl/vtpm-unknown-key', at: 'owner', says: "Unknown string `owner' in vtpm spec", severity: 'error' },
  { source: ['backend=d,uuid=1234'], code: 'xl/vtpm-bad-uuid', at: '1234', says: 'Failed to parse vtpm UUID: 1234', severity: 'error' },
  { source: ['uuid=a1b2c3d4-0000-4000-8000-00000000000f'], code: 'xl/vtpm-missing-backend', at: 'uuid=a1b2c3d4-0000-4000-8000-00000000000f', says: 'vtpm spec missing required backend field!', severity: 'error' },
  { source: ['backend=d,oops,owner=me'], code: 'xl/vtpm-ignored-rest', at: 'oops,owner=me', says: 'stops reading', severity: 'warning' },
]));

describe('xl spec: p9', () => runCases('p9', [
  { source: ['tag=share, path=/srv/share, security_model=none'] },
  { source: ['type=xen_9pfsd, security_model=none, max-files=100, auto-delete=1'] },
], [
  { source: ['tag=a,path=/x'], code: 'xl/p9-missing-field', at: 'tag=a,path=/x', says: '9pfs spec missing required field!', severity: 'error' },
  { source: ['tag=a,path=/x,security_model=none,max-files=5'], code: 'xl/p9-bad-combination', at: 'tag=a,path=/x,security_model=none,max-files=5', says: 'Illegal 9pfs parameter combination', severity: 'error' },
  { source: ['tag=a,security_model=none,path'], code: 'xl/p9-syntax', at: 'path', says: 'failed to parse 9pfs configuration: path', severity: 'error' },
  { source: ['tag=a,path=/x,security_model=none,mode=x'], code: 'xl/p9-unknown-key', at: 'mode', says: "Unknown 9pfs parameter 'mode'", severity: 'error' },
  { source: ['tag=a,path=/x,security_model=none,type=nfs'], code: 'xl/p9-bad-type', at: 'nfs', says: 'failed to parse 9pfs type: nfs', severity: 'error' },
  { source: ['tag=a,path=/x,security_model=none,max-space=big'], code: 'xl/p9-bad-number', at: 'big', says: 'failed to convert "big" to number', severity: 'error' },
]));

describe('xl spec: pvcalls', () => runCases('pvcalls', [{ source: ['backend=netdom'] }], [
  { source: ['domain=x'], code: 'xl/pvcalls-unknown-key', at: 'domain', says: "Unknown string `domain' in pvcalls spec", severity: 'error' },
  { source: ['backend=a,b'], code: 'xl/pvcalls-ignored-rest', at: 'b', says: 'stops reading', severity: 'warning' },
]));

describe('xl spec: vfb', () => runCases('vfb', [{ source: ['vnc=1, vnclisten=0.0.0.0, vncdisplay=2, keymap=de'] }], [
  { source: ['vnc=1,colour=1'], code: 'xl/vfb-unknown-key', at: 'colour', says: 'silently ignores', severity: 'warning' },
  { source: ['vnc=yes'], code: 'xl/vfb-not-a-number', at: 'yes', says: 'reads "yes" as 0', severity: 'warning' },
  { source: ['vnc=1,sdl,keymap=de'], code: 'xl/vfb-ignored-rest', at: 'sdl,keymap=de', says: 'stops reading', severity: 'warning' },
]));

describe('xl spec: channel', () => runCases('channel', [
  { source: ['name=org.qemu.guest_agent.0, connection=pty'] },
  { source: [' name = agent , connection = socket , path = /run/a.sock '] },
], [
  { source: ['name=a,connection=PTY'], code: 'xl/channel-uppercase-connection', at: 'PTY', says: "unknown channel connection 'PTY'", severity: 'error' },
  { source: ['name=a,connection=SOCKET,path=/x'], code: 'xl/channel-uppercase-connection', at: 'SOCKET', says: 'lowercase', severity: 'error' },
  { source: ['name=a,connection=tcp'], code: 'xl/channel-bad-connection', at: 'tcp', says: "unknown channel connection 'tcp'", severity: 'error' },
  { source: ['name=a'], code: 'xl/channel-missing-connection', at: 'name=a', says: "channel has unknown 'connection'", severity: 'error' },
  { source: ['name=a,connection=socket'], code: 'xl/channel-missing-path', at: 'name=a,connection=socket', says: "channel connection 'socket' requires path=..", severity: 'error' },
  { source: ['connection=pty'], code: 'xl/channel-missing-name', at: 'connection=pty', says: 'has no name', severity: 'error' },
  { source: ['name=a,connection=pty,mode=x'], code: 'xl/channel-unknown-key', at: 'mode', says: "unknown channel parameter 'mode', ignoring", severity: 'warning' },
  { source: ['name=a,connection'], code: 'xl/channel-syntax', at: 'connection', says: 'failed to parse channel configuration: connection', severity: 'error' },
]));

describe('xl spec: usbctrl', () => runCases('usbctrl', [
  { source: ['type=qusb,version=2,ports=4'] },
  { source: ['type=DeviceModel, version=3, ports=15'] },
  { source: ['version=2', 'type=pv,version=0,ports=31'] },
  { source: ['version=1,ports=2'] },
], [
  { source: ['type=xhci'], code: 'xl/usbctrl-bad-type', at: 'xhci', says: "Invalid usb controller type 'xhci'", severity: 'error' },
  { source: ['type=pv,speed=hi'], code: 'xl/usbctrl-unknown-key', at: 'speed', says: "Unknown string `speed=hi' in usbctrl spec", severity: 'error' },
  { source: ['type=devicemodel,version=4'], code: 'xl/usbctrl-bad-version', at: '4', says: 'Illegal USB version', severity: 'error' },
  { source: ['type=pv,version=3'], code: 'xl/usbctrl-bad-version', at: '3', says: 'USB version for paravirtualized devices must be 1 or 2', severity: 'error' },
  { source: ['type=qusb,ports=32'], code: 'xl/usbctrl-bad-ports', at: '32', says: 'limited to 31', severity: 'error' },
  { source: ['version=2,ports=8'], code: 'xl/usbctrl-bad-ports', at: '8', says: 'Number of ports for USB controller of version 2 is always 6', severity: 'error' },
  { source: ['type=devicemodel,version=3,ports=16'], code: 'xl/usbctrl-bad-ports', at: '16', says: 'limited to 15', severity: 'error' },
]));

describe('xl spec: usbctrl for PV guests', () => runCases('usbctrl', [], [
  { source: ['version=3'], settings: {}, code: 'xl/usbctrl-bad-version', at: '3', says: 'must be 1 or 2', severity: 'error', guestType: 'pv' },
]));

describe('xl spec: usbdev', () => runCases('usbdev', [{ source: ['hostbus=1, hostaddr=0x3, controller=0, port=1'] }, { source: ['hostbus=1,hostaddr=2,port=0'] }], [
  { source: ['type=storage'], code: 'xl/usbdev-bad-type', at: 'storage', says: 'Invalid usb device type', severity: 'error' },
  { source: ['hostbus=1,vendor=x'], code: 'xl/usbdev-unknown-key', at: 'vendor', says: "Unknown string `vendor=x' in usbdev spec", severity: 'error' },
  { source: ['hostbus=one'], code: 'xl/usbdev-not-a-number', at: 'one', says: 'reads "one" as 0', severity: 'warning' },
  { source: ['hostbus=1,hostaddr=2,port=1'], code: 'xl/usbdev-port-without-controller', at: '1', says: 'USB controller must be specified if you specify port', severity: 'error' },
]));

describe('xl spec: vdispl', () => runCases('vdispl', [{ source: ['backend=Domain-0, be-alloc=1, connectors=hdmi:1920x1080;dp:1280x720'] }], [
  { source: ['connectors=hdmi:1920x1080;dp:big'], code: 'xl/vdispl-bad-connector', at: 'dp:big', says: "Can't parse connector resolution", severity: 'error' },
  { source: ['connectors=hdmi'], code: 'xl/vdispl-bad-connector', at: 'hdmi', says: "Can't parse connector resolution", severity: 'error' },
  { source: ['backend=d'], code: 'xl/vdispl-no-connector', at: 'backend=d', says: 'At least one connector should be specified.', severity: 'error' },
  { source: ['screens=1'], code: 'xl/vdispl-unknown-key', at: 'screens', says: 'Unknown string "screens=1" in vdispl spec', severity: 'error' },
]));

describe('xl spec: vkb', () => runCases('vkb', [
  { source: ['backend-type=linux, unique-id=kbd0, feature-abs-pointer=1, width=1920, height=1080'] },
  { source: ['backend-type=QEMU, multi-touch-width=100, multi-touch-height=50, multi-touch-num-contacts=5'] },
], [
  { source: ['backend-type=evdev'], code: 'xl/vkb-bad-backend-type', at: 'evdev', says: 'Unknown backend_type "evdev" in vkb spec', severity: 'error' },
  { source: ['unique-id=k'], code: 'xl/vkb-missing-backend-type', at: 'unique-id=k', says: 'backend-type should be set in vkb spec', severity: 'error' },
  { source: ['backend-type=linux,feature-multi-touch=1'], code: 'xl/vkb-multi-touch-size', at: '1', says: 'should be set for multi touch in vkb spec', severity: 'error' },
  { source: ['backend-type=linux,mouse=1'], code: 'xl/vkb-unknown-key', at: 'mouse', says: 'Unknown string "mouse=1" in vkb spec', severity: 'error' },
]));

describe('xl spec: virtio', () => runCases('virtio', [{ source: ['backend=Domain-0, type=virtio,device22, transport=mmio, grant_usage=1'] }], [
  { source: ['type=virtio'], code: 'xl/virtio-bad-type', at: 'virtio', says: ',device<N>', severity: 'error' },
  { source: ['type=virtio,device1a,transport=pci'], code: 'xl/virtio-bad-transport', at: 'pci', says: 'mmio', severity: 'error' },
  { source: ['type=virtio,device1a,irq=5'], code: 'xl/virtio-unknown-key', at: 'irq', says: 'Unknown string "irq=5" in virtio spec', severity: 'error' },
]));
