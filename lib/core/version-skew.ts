/**
 * How far worker nodes may lag the control plane, in minor versions. "Kubernetes Versions and Kubernetes Engine
 * (OKE)" (OKE documentation): worker nodes may lag the control plane by up to two minor versions, "or three
 * versions, starting from Kubernetes version 1.28", and must never run a newer version than the control plane.
 * Every version the library accepts is 1.28 or newer, so the bound is three.
 */
export const OKE_MAX_NODE_MINOR_SKEW = 3;
