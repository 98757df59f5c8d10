import type { SpecKeyDef } from './types';

const onOff = [{ value: '0', doc: 'Off.' }, { value: '1', doc: 'On.' }];

/** VFB_SPEC (xl.cfg(5) `vfb`): a paravirtual framebuffer; each one also adds a keyboard. */
export const vfbSpecKeys: readonly SpecKeyDef[] = [
  { name: 'vnc', default: '1', example: '1', values: onOff, summary: 'Serve the framebuffer over VNC.' },
  { name: 'vnclisten', example: '127.0.0.1', default: '127.0.0.1', summary: 'Address (optionally `:display`) the VNC server listens on.' },
  { name: 'vncdisplay', example: '1', default: 'domid', summary: 'VNC display number; the TCP port is 5900 plus this.' },
  { name: 'vncunused', default: '1', example: '1', values: onOff, summary: 'Pick the first free VNC display instead of a fixed one.' },
  { name: 'vncpasswd', example: 'secret', summary: 'Password for VNC clients (empty: no password).' },
  { name: 'sdl', default: '0', example: '1', values: onOff, summary: 'Show the framebuffer in an SDL window on the host.' },
  { name: 'opengl', default: '0', example: '1', values: onOff, summary: 'Use OpenGL for the SDL window (undocumented).' },
  { name: 'display', example: ':0', summary: 'X display for the SDL window.' },
  { name: 'xauthority', example: '/root/.Xauthority', summary: 'Xauthority file for the SDL window.' },
  { name: 'keymap', example: 'de', default: 'en-us', summary: 'Keyboard layout the VNC server assumes.' },
];
