import { packageBuild } from '../../tsup.base';

export default packageBuild({ index: 'src/index.ts', provider: 'src/provider.ts', 'testing/index': 'src/testing/index.ts', 'sandbox-kit/index': 'src/sandbox-kit/index.ts' });
