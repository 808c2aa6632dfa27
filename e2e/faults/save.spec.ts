import { faultMatrixTests } from './support/fault-matrix-tests';

faultMatrixTests('save');
