import type { XlKeyDef } from './key-def';
import { ALL_GUESTS, HVM_ONLY } from './guest-sets';

/*
 * Display keys of reference xl-config.md §2.1 rows 112–134.
 * The top-level vnc* and sdl keys are read for every type: a PV guest without a
 * `vfb` list turns them into a framebuffer when vnc is non-zero, other types
 * hand them to the device model. keymap, vga and spice* are read on the HVM
 * path only (keymap also on that PV path).
 */


export const graphicsKeys: readonly XlKeyDef[] = [
  {
    name: 'videoram',
    summary: 'Memory in MiB set aside for the emulated graphics card.',
    doc:
      'Sizes the frame-buffer memory of the emulated VGA adapter; it is taken from the guest\'s own allocation. ' +
      'When the key is absent libxl picks 8 MiB for cirrus, 16 MiB for stdvga and 128 MiB for qxl, and it refuses to build an HVM guest whose value is below that minimum for the chosen card. ' +
      'Raise it for higher resolutions or colour depths; it has no effect with `vga = "none"` or for PV guests.',
    example: 'videoram = 16',
    default: '8 (cirrus), 16 (stdvga) or 128 (qxl), depending on vga',
    unit: 'MiB',
    shape: { kind: 'integer', min: 0 },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'stdvga',
    summary: 'Legacy 0/1 switch between the Bochs standard VGA and the Cirrus card.',
    doc:
      'A non-zero value selects the standard VGA adapter, zero keeps Cirrus. ' +
      'xl only looks at it for HVM guests and only when `vga` is absent, so the two cannot disagree. ' +
      'New configs should say `vga = "stdvga"` instead.',
    example: 'stdvga = 1',
    default: '0 (Cirrus)',
    deprecated: { replacement: 'vga', note: 'Write `vga = "stdvga"` (or `vga = "cirrus"`) instead of this switch.' },
    shape: { kind: 'boolean' },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'vga',
    summary: 'Model of the emulated display adapter of an HVM guest.',
    doc:
      'Chooses the graphics card QEMU emulates. ' +
      '`stdvga` supports higher resolutions than the default `cirrus` and suits most modern guests; `qxl` pairs with SPICE and a guest qxl driver; `none` leaves the guest without emulated graphics. ' +
      'The value is compared exactly, in lower case, and anything else makes xl stop with "Unknown vga".',
    example: 'vga = "stdvga"',
    default: 'cirrus',
    shape: {
      kind: 'enum',
      values: [
        { value: 'cirrus', doc: 'Cirrus Logic GD5446, the default; widely supported but limited in resolution.' },
        { value: 'stdvga', doc: 'Bochs/QEMU standard VGA with VBE extensions; higher resolutions, needs at least 16 MiB of videoram.' },
        { value: 'qxl', doc: 'Paravirtual QXL adapter meant for SPICE; needs at least 128 MiB of videoram.' },
        { value: 'none', doc: 'No emulated graphics card at all.' },
      ],
    },
    readAs: 'string',
    onBadValue: 'fatal',
    guests: HVM_ONLY,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'vnc',
    summary: 'Exports the guest console display over the VNC protocol.',
    doc:
      'For HVM guests the VNC server of the device model is on unless you set this to 0. ' +
      'For a PV guest without a `vfb` list, a non-zero value makes xl create a framebuffer and keyboard from the top-level vnc*, sdl and keymap keys; with a `vfb` list these keys are not used for PV. ' +
      'By default the server listens on 127.0.0.1 only, so reach it through an SSH tunnel or set `vnclisten`.',
    example: 'vnc = 1',
    default: '1 for HVM; 0 (no framebuffer) for PV',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'vnclisten',
    summary: 'Host address, optionally with a display number, for the VNC server.',
    doc:
      'Sets the address the VNC server binds to, such as `0.0.0.0` to accept remote viewers; protect it with `vncpasswd` or a firewall when you do. ' +
      'You may append `:N` to pick display N (TCP port 5900+N). ' +
      'For HVM guests, giving a display both here and in `vncdisplay` makes xl stop with "Display specified both in vnclisten and vncdisplay".',
    example: 'vnclisten = "0.0.0.0"',
    default: '127.0.0.1 (HVM, set by libxl)',
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'vncdisplay',
    summary: 'Fixed VNC display number, so the server uses TCP port 5900 plus that number.',
    doc:
      'Pins the guest to a known VNC display, which makes bookmarks and firewall rules stable. ' +
      'Pair it with `vncunused = 0`, otherwise the server may still move to a free port. ' +
      'Do not also put a `:N` display in `vnclisten` for HVM guests: xl refuses that combination.',
    example: 'vncdisplay = 3',
    default: 'none (chosen at start-up)',
    shape: { kind: 'integer', min: 0 },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'vncunused',
    summary: 'Lets the VNC server move on to the next free port when its own is taken.',
    doc:
      'When on, the server searches upwards from its display number for a port nobody uses, which avoids start-up failures with many guests but makes the port unpredictable. ' +
      'libxl turns it on for HVM guests with VNC enabled unless you set 0. ' +
      'Use `xl vncviewer` or `xl list -l` to find the port actually chosen.',
    example: 'vncunused = 0',
    default: '1 when VNC is on (HVM, set by libxl)',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'vncpasswd',
    summary: 'Password a VNC viewer must give before it sees the console.',
    doc:
      'Protects the VNC console with a password; an empty string means no authentication. ' +
      'The password sits in the config file in clear text and VNC authentication is weak, so still keep the server on a trusted network or behind a tunnel.',
    example: 'vncpasswd = "s3cret"',
    default: 'none (no password)',
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'keymap',
    summary: 'Keyboard layout QEMU assumes when translating VNC or SDL key events.',
    doc:
      'Tells the device model which layout the viewer\'s keyboard uses, so that keys arrive in the guest as typed. ' +
      'Give a QEMU keymap name such as `de` or `fr`; xl passes it on unchecked. ' +
      'It is read for HVM guests, and for PV guests when a framebuffer is built from the top-level `vnc` keys.',
    example: 'keymap = "de"',
    default: 'en-us',
    shape: { kind: 'string', format: 'free' },
    suggestedValues: [
      { value: 'en-us', doc: 'US English (the default).' },
      { value: 'en-gb', doc: 'British English.' },
      { value: 'de', doc: 'German.' },
      { value: 'de-ch', doc: 'Swiss German.' },
      { value: 'fr', doc: 'French.' },
      { value: 'fr-be', doc: 'Belgian French.' },
      { value: 'fr-ch', doc: 'Swiss French.' },
      { value: 'es', doc: 'Spanish.' },
      { value: 'it', doc: 'Italian.' },
      { value: 'nl', doc: 'Dutch.' },
      { value: 'pt', doc: 'Portuguese.' },
      { value: 'pt-br', doc: 'Brazilian Portuguese.' },
      { value: 'sv', doc: 'Swedish.' },
      { value: 'da', doc: 'Danish.' },
      { value: 'no', doc: 'Norwegian.' },
      { value: 'fi', doc: 'Finnish.' },
      { value: 'pl', doc: 'Polish.' },
      { value: 'cz', doc: 'Czech.' },
      { value: 'hu', doc: 'Hungarian.' },
      { value: 'ru', doc: 'Russian.' },
      { value: 'tr', doc: 'Turkish.' },
      { value: 'ja', doc: 'Japanese.' },
      { value: 'ar', doc: 'Arabic.' },
    ],
    readAs: 'string',
    onBadValue: 'ignored',
    guests: ['pv', 'hvm'],
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'sdl',
    summary: 'Shows the guest display in an SDL window on the host\'s own desktop.',
    doc:
      'Opens a local window for the guest console instead of (or besides) VNC. ' +
      'It only works when the device model can reach an X display in dom0, so it is mostly useful on a workstation running Xen. ' +
      'For PV guests it takes effect together with a framebuffer created by `vnc = 1`.',
    example: 'sdl = 1',
    default: '0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: ALL_GUESTS,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'nographic',
    summary: 'Runs an HVM guest with no graphical console at all.',
    doc:
      'Turns off graphics output of the device model, for headless guests reached over a serial console or the network. ' +
      'With it set, the first emulated serial port defaults to stdio instead of a virtual console.',
    example: 'nographic = 1',
    default: '0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'spice',
    summary: 'Turns on a SPICE server for remote desktop access to an HVM guest.',
    doc:
      'SPICE gives a richer remote console than VNC: better video, audio, clipboard sharing and USB redirection. ' +
      'Once enabled, set `spiceport` or `spicetls_port`, and either `spicepasswd` or `spicedisable_ticketing = 1`: libxl refuses to start the device model when no port is given, or when ticketing is on and no password is set. ' +
      'Combine with `vga = "qxl"` for the best results.',
    example: 'spice = 1',
    default: '0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'spicehost',
    summary: 'Interface address the SPICE server listens on.',
    doc:
      'Restricts the SPICE server to one host address; without it the server accepts connections on every interface. ' +
      'Use 127.0.0.1 when clients come in through an SSH tunnel.',
    example: 'spicehost = "127.0.0.1"',
    default: 'all interfaces',
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'spiceport',
    summary: 'Plain-text TCP port of the SPICE server.',
    doc:
      'The port SPICE clients connect to without encryption. ' +
      'Pick a distinct port per guest; with SPICE enabled you need this or `spicetls_port`.',
    example: 'spiceport = 6000',
    default: 'none',
    shape: { kind: 'integer', min: 0, max: 65535 },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'spicetls_port',
    summary: 'TLS-encrypted TCP port of the SPICE server.',
    doc:
      'The port for encrypted SPICE sessions; QEMU must be able to find its certificates for TLS to work. ' +
      'Prefer it to `spiceport` when clients connect over an untrusted network.',
    example: 'spicetls_port = 6001',
    default: 'none',
    shape: { kind: 'integer', min: 0, max: 65535 },
    readAs: 'integer',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'spicedisable_ticketing',
    summary: 'Lets SPICE clients connect with no password.',
    doc:
      'Set to 1 to switch off SPICE ticket (password) checking. ' +
      'Anyone who can reach the port then controls the guest console, so only do this on an isolated network or with `spicehost` bound to localhost.',
    example: 'spicedisable_ticketing = 1',
    default: '0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'spicepasswd',
    summary: 'Ticket (password) SPICE clients must present.',
    doc:
      'Sets the SPICE password; needed whenever ticketing is left enabled. ' +
      'It is stored in the config file in clear text, so restrict who can read the file.',
    example: 'spicepasswd = "s3cret"',
    default: 'none',
    shape: { kind: 'string', format: 'free' },
    readAs: 'string',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'spiceagent_mouse',
    summary: 'Uses the in-guest SPICE agent to drive the pointer in client mouse mode.',
    doc:
      'With the agent running in the guest, the client\'s pointer position is passed straight through, giving a pointer that never lags or drifts. ' +
      'libxl turns it on whenever SPICE is on; set 0 to fall back to server mouse mode.',
    example: 'spiceagent_mouse = 0',
    default: '1 (when spice is on)',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'spicevdagent',
    summary: 'Adds the virtio channel the SPICE vdagent in the guest talks over.',
    doc:
      'Creates the communication channel for the spice-vdagent service inside the guest, which enables features such as automatic resolution changes. ' +
      'It is a prerequisite for `spice_clipboard_sharing`.',
    example: 'spicevdagent = 1',
    default: '0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'spice_clipboard_sharing',
    summary: 'Shares copy and paste between the SPICE client and the guest.',
    doc:
      'Lets text copied on the client be pasted in the guest and the other way round. ' +
      'It works only with `spicevdagent = 1` and the vdagent running in the guest.',
    example: 'spice_clipboard_sharing = 1',
    default: '0',
    shape: { kind: 'boolean' },
    readAs: 'boolean',
    onBadValue: 'ignored',
    guests: HVM_ONLY,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'spiceusbredirection',
    summary: 'How many USB devices a SPICE client can redirect into the guest.',
    doc:
      'Creates that many USB redirection channels, at most 4 (libxl refuses larger numbers), letting a user plug a USB stick into their own machine and use it in the guest. ' +
      'A USB 2.0 controller is added automatically when none is configured. ' +
      'libxl refuses to combine it with the legacy `usb` or `usbdevice` keys; use `usbctrl` or `usbversion` instead.',
    example: 'spiceusbredirection = 2',
    default: '0 (off)',
    shape: { kind: 'integer', min: 0, max: 4 },
    readAs: 'integer',
    onBadValue: 'refused-later',
    guests: HVM_ONLY,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'spice_image_compression',
    summary: 'Compression algorithm SPICE applies to still images.',
    doc:
      'Trades CPU time against bandwidth for SPICE image transfers; the `auto_*` modes pick per image. ' +
      'xl passes the string to QEMU without checking it, so a misspelt name shows up only as a device-model start failure. ' +
      'Leave it unset to keep QEMU\'s default.',
    example: 'spice_image_compression = "auto_glz"',
    default: 'QEMU\'s default',
    shape: {
      kind: 'enum',
      values: [
        { value: 'auto_glz', doc: 'Choose per image between GLZ and QUIC (lossless).' },
        { value: 'auto_lz', doc: 'Choose per image between LZ and QUIC.' },
        { value: 'quic', doc: 'QUIC, tuned for photographic content.' },
        { value: 'glz', doc: 'Global LZ with a dictionary shared across images; best ratio, most memory.' },
        { value: 'lz', doc: 'Plain LZ compression.' },
        { value: 'off', doc: 'Send images uncompressed.' },
      ],
    },
    readAs: 'string',
    onBadValue: 'refused-later',
    guests: HVM_ONLY,
    documented: true,
    topic: 'graphics',
  },
  {
    name: 'spice_streaming_video',
    summary: 'When SPICE detects video regions and streams them lossily.',
    doc:
      'Controls whether fast-changing screen areas are sent as a compressed video stream, which saves bandwidth for video playback at some loss of quality. ' +
      'xl does not check the value; QEMU does when it starts. Leave it unset for QEMU\'s default.',
    example: 'spice_streaming_video = "filter"',
    default: 'QEMU\'s default',
    shape: {
      kind: 'enum',
      values: [
        { value: 'filter', doc: 'Stream only regions that look like video, using heuristics.' },
        { value: 'all', doc: 'Stream every frequently updated region.' },
        { value: 'off', doc: 'Never stream; send everything as images.' },
      ],
    },
    readAs: 'string',
    onBadValue: 'refused-later',
    guests: HVM_ONLY,
    documented: true,
    topic: 'graphics',
  },
];
