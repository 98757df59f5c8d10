import type { SpecKeyDef } from './types';

/** ARM_SCI_STRING (xl.cfg(5) `arm_sci`). */
export const armSciSpecKeys: readonly SpecKeyDef[] = [
  {
    name: 'type', default: 'none', example: 'scmi_smc', summary: 'Which System Control Interface firmware calls are forwarded for the guest.',
    values: [
      { value: 'none', doc: 'No SCI for the guest (the default).' },
      { value: 'scmi_smc', doc: 'SCMI over SMC calls, mediated by Xen.' },
    ],
  },
];
