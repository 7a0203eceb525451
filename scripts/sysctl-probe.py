# Probes the integer sysctls of a fresh network namespace, for
# src/kernel/sysctl/rules.json: for every writable integer key, the accepted
# range (bisection over writes to /proc/sys) and how a few values read back.
# Run as root inside a sandbox only:
#   unshare --mount --net --propagation private python3 scripts/sysctl-probe.py
# then fold /tmp/probe/range.json into rules.json (keys of devices become *).
import os, json, re
os.system("ip link add v0 type veth peer name v1")
out={}
def w(p,v):
  try:
    with open(p,'w') as fh: fh.write(str(v)+"\n")
    return True
  except OSError: return False
for dp,dn,fn in os.walk('/proc/sys/net'):
  for f in fn:
    p=os.path.join(dp,f); key=p[len('/proc/sys/'):].replace('/','.')
    if re.search(r'\.(conf|neigh)\.(v1|all|default)\.', key): continue
    m=os.stat(p).st_mode
    if not (m & 0o200) or not (m & 0o400): continue
    try: orig=open(p).read()
    except Exception: continue
    o=orig.strip()
    if not re.fullmatch(r'-?\d+', o): continue
    o=int(o)
    # max
    if not w(p,o):
      out[key]={'orig':o,'err':'cannot write orig'}; continue
    lo,hi=o,2**63
    if w(p,hi): mx=None
    else:
      while hi-lo>1:
        mid=(lo+hi)//2
        if w(p,mid): lo=mid
        else: hi=mid
      mx=lo
    lo,hi=-2**63,o
    if w(p,lo): mn=None
    else:
      while hi-lo>1:
        mid=(lo+hi)//2
        if w(p,mid): hi=mid
        else: lo=mid
      mn=hi
    tr={}
    for v in [0,1,3,7,100,1001]:
      if (mn is None or v>=mn) and (mx is None or v<=mx) and w(p,v):
        tr[v]=open(p).read().strip()
    w(p,orig.strip())
    out[key]={'orig':o,'min':mn,'max':mx,'tr':tr}
json.dump(out,open('/tmp/probe/range.json','w'),indent=0)
