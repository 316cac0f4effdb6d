import { loadCustomerCode } from './bundle.mjs';
import * as he from '../../src/core/lang/he/customer-model.ts';
