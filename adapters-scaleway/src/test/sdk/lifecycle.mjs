// Scaleway's own JavaScript SDK, unchanged, through a full flexible IP lifecycle against our server.
// Run by RealSdkLifecycleTest: SCW_API_URL, SCW_SECRET_KEY, SCW_DEFAULT_PROJECT_ID and SCW_SERVER_ID
// come from the test. Prints one line per step; any failure exits with status 1.
import { createClient, Errors } from '@scaleway/sdk-client'
import { Flexibleipv1alpha1 } from '@scaleway/sdk-flexibleip'

const env = (name) => {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set`)
  return value
}

const client = createClient({
  apiURL: env('SCW_API_URL'),
  accessKey: 'SCWXXXXXXXXXXXXXXXXX',
  secretKey: env('SCW_SECRET_KEY'),
  defaultProjectId: env('SCW_DEFAULT_PROJECT_ID'),
  defaultZone: 'fr-par-1',
})
const api = new Flexibleipv1alpha1.API(client)
const server = env('SCW_SERVER_ID')
const fast = { minDelay: 1, maxDelay: 2, timeout: 60 }

let step = 0
const check = (condition, what, detail) => {
  if (!condition) throw new Error(`step ${step} failed: ${what} (${JSON.stringify(detail)})`)
}
const ok = (what) => console.log(`ok ${++step} ${what}`)

const v4 = await api.createFlexibleIP({ description: 'acceptance fip', isIpv6: false, tags: ['acc', 'ipam'] })
check(v4.status === 'ready' && /^\d+\.\d+\.\d+\.\d+$/.test(v4.ipAddress) && !v4.serverId,
  'a ready bare IPv4 without server', v4)
check(v4.createdAt instanceof Date && v4.tags.join() === 'acc,ipam', 'dates parsed and tags kept', v4)
ok(`create v4 ${v4.ipAddress}`)

const v6 = await api.createFlexibleIP({ description: 'acceptance fip v6', isIpv6: true })
check(v6.ipAddress.endsWith('/64'), 'an IPv6 /64', v6)
ok(`create v6 ${v6.ipAddress}`)

const got = await api.getFlexibleIP({ fipId: v4.id })
check(got.id === v4.id && got.ipAddress === v4.ipAddress && got.projectId === env('SCW_DEFAULT_PROJECT_ID'), 'the same FIP', got)
ok('get')

const tagged = await api.listFlexibleIPs({ tags: ['acc'] })
check(tagged.flexibleIps.some((fip) => fip.id === v4.id) && !tagged.flexibleIps.some((fip) => fip.id === v6.id),
  'the tag filter finds v4 only', tagged)
ok(`list tags=acc (${tagged.totalCount})`)

const everything = await api.listFlexibleIPs({ pageSize: 1 }).all()
const first = await api.listFlexibleIPs({ pageSize: 1 })
check(everything.length === first.totalCount && first.totalCount >= 2, 'all pages of one item', { everything: everything.length, total: first.totalCount })
check(new Set(everything.map((fip) => fip.id)).size === everything.length, 'no FIP twice across pages', everything)
ok(`list page_size=1 .all() (${everything.length} items)`)

const updated = await api.updateFlexibleIP({ fipId: v4.id, description: 'updated', reverse: 'fip.example.test', tags: ['acc', 'updated'] })
check(updated.description === 'updated' && updated.reverse === 'fip.example.test' && updated.tags.join() === 'acc,updated', 'updated', updated)
ok('update')

const attaching = await api.attachFlexibleIP({ fipsIds: [v4.id], serverId: server })
check(attaching.totalCount === 1 && attaching.flexibleIps[0].status === 'updating', 'attach in progress', attaching)
const attached = await api.waitForFlexibleIP({ fipId: v4.id }, fast)
check(attached.status === 'attached' && attached.serverId === server, 'attached to the server', attached)
ok('attach and wait')

const withMac = await api.generateMACAddr({ fipId: v4.id, macType: 'kvm' })
check(withMac.macAddress && /^52:54:00(:[0-9a-f]{2}){3}$/.test(withMac.macAddress.macAddress) && withMac.macAddress.macType === 'kvm',
  'a KVM MAC', withMac)
const macSettled = await api.waitForFlexibleIP({ fipId: v4.id }, fast)
check(macSettled.status === 'attached' && macSettled.macAddress.status === 'used', 'MAC in use on the attached FIP', macSettled)
ok(`generate MAC ${withMac.macAddress.macAddress}`)

await api.deleteMACAddr({ fipId: v4.id })
const withoutMac = await api.getFlexibleIP({ fipId: v4.id })
check(!withoutMac.macAddress, 'MAC gone', withoutMac)
ok('delete MAC')

const detaching = await api.detachFlexibleIP({ fipsIds: [v4.id] })
check(detaching.flexibleIps[0].status === 'detaching', 'detach in progress', detaching)
const ready = await api.waitForFlexibleIP({ fipId: v4.id }, fast)
check(ready.status === 'ready' && !ready.serverId, 'ready without server', ready)
ok('detach and wait')

await api.deleteFlexibleIP({ fipId: v4.id })
await api.deleteFlexibleIP({ fipId: v6.id })
ok('delete both')

try {
  await api.getFlexibleIP({ fipId: v4.id })
  check(false, 'the deleted FIP is not found', v4.id)
} catch (error) {
  check(error instanceof Errors.ResourceNotFoundError && error.resource === 'flexible_ip' && error.resourceId === v4.id,
    'ResourceNotFoundError for the deleted FIP', { name: error.name, message: error.message })
}
ok('get after delete: ResourceNotFoundError')
