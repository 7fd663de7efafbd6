// The digits network's jobs as its page reaches them (src/ui/network): the worker's client and
// the shapes of what it sends back. Loaded only with that page.
export type { JobHandle } from '../workers/jobs'
export { NetworkCancelled, trainNetworks } from '../workers/networkClient'
export { landscapeDomain } from '../workers/networkJob'
export {
  NETWORK_SIDES,
  PLANE_SIZE,
  type Landscape,
  type NetworkRequest,
  type NetworkResult,
  type NetworkRunSpec,
  type TrainedNetworks,
} from '../workers/networkProtocol'
